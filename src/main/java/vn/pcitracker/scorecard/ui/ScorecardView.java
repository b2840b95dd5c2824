package vn.pcitracker.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.scorecard.AgencyScorecard;
import vn.pcitracker.scorecard.MappedComponent;
import vn.pcitracker.scorecard.ScorecardMeasure;
import vn.pcitracker.scorecard.ScorecardPeriod;
import vn.pcitracker.scorecard.ScorecardService;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.ShownOrder;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * The internal agency scorecard: the product's own figures per agency for a period, clearly not the official DDCI
 * (shown beside it where one exists). Selecting an agency shows each figure with its formula and a link to the
 * records behind it.
 */
@Route("scorecard")
@Menu(title = "scorecard.ScorecardView.menu", order = 2.5, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER, Role.Names.AGENCY_OFFICER})
class ScorecardView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "scorecard.ScorecardView.";

    private final ScorecardService scorecards;
    private final IssueQueryService issues;
    private final Map<ScorecardMeasure, List<MappedComponent>> mapping;
    private final Select<ScorecardPeriod> period = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AgencyScorecard> grid = new Grid<>();
    private final Div details = new Div();
    /** The view's language, which the column comparators use: the export sorts with them outside the UI lock. */
    private final Locale locale = getLocale();
    private final ShownOrder<AgencyScorecard> order = new ShownOrder<>(grid);
    private final ScorecardExport export;
    private boolean presetting;
    /** The period shown (null: none valid), for the download, which runs outside the UI lock. */
    private volatile Shown shown;

    private record Shown(LocalDate from, LocalDate to) {
    }

    ScorecardView(ScorecardService scorecards, IssueQueryService issues) {
        this.scorecards = scorecards;
        this.issues = issues;
        this.mapping = scorecards.components();
        setSizeFull();
        Paragraph notOfficial = new Paragraph(getTranslation(KEY + "notOfficial"));
        notOfficial.addClassName("scorecard-not-official");
        notOfficial.getStyle().set("font-weight", "600");
        configurePeriod();
        configureGrid();
        details.setWidthFull();
        this.export = new ScorecardExport(this, locale);
        HorizontalLayout toolbar = new HorizontalLayout(period, from, to,
                new ExportButtons(ScorecardExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(KEY + "title")), notOfficial, toolbar, grid, details);
        period.setValue(ScorecardPeriod.YEAR_TO_DATE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void configurePeriod() {
        period.setLabel(getTranslation(KEY + "period"));
        period.setItems(ScorecardPeriod.values());
        period.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        period.addValueChangeListener(event -> applyPreset());
        from.setLabel(getTranslation(KEY + "from"));
        to.setLabel(getTranslation(KEY + "to"));
        from.addValueChangeListener(event -> datesChanged());
        to.addValueChangeListener(event -> datesChanged());
    }

    private void applyPreset() {
        ScorecardPeriod preset = period.getValue();
        if (preset == null || preset == ScorecardPeriod.CUSTOM) {
            return;
        }
        presetting = true;
        from.setValue(preset.from(ScorecardPeriod.today()));
        to.setValue(preset.to(ScorecardPeriod.today()));
        presetting = false;
        refresh();
    }

    private void datesChanged() {
        if (presetting) {
            return;
        }
        period.setValue(ScorecardPeriod.CUSTOM);
        refresh();
    }

    private void refresh() {
        details.removeAll();
        boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation(KEY + "invalidPeriod"));
        shown = valid ? new Shown(from.getValue(), to.getValue()) : null;
        grid.setItems(valid ? scorecards.scorecards(from.getValue(), to.getValue()) : List.of());
    }

    /** Writes the scorecard as the export buttons do: the period shown, the agencies the user may see, as sorted. */
    void export(ExportFormat format, OutputStream out) {
        Shown period = shown;
        if (period == null) {
            export.write(format, out, List.of(), null, null);
            return;
        }
        export.write(format, out, order.sorted(scorecards.scorecards(period.from(), period.to())), period.from(), period.to());
    }

    private void configureGrid() {
        grid.addColumn(row -> row.agencyName(locale)).setHeader(getTranslation(KEY + "agency"))
                .setKey("agency").setWidth("16rem").setFlexGrow(0).setFrozen(true).setSortable(true);
        measureColumn(ScorecardMeasure.ON_TIME, AgencyScorecard::onTime, true);
        measureColumn(ScorecardMeasure.AVERAGE_WORKING_DAYS, AgencyScorecard::averageWorkingDays, false);
        measureColumn(ScorecardMeasure.SATISFACTION_766, AgencyScorecard::satisfaction766, true);
        measureColumn(ScorecardMeasure.REOPENED, AgencyScorecard::reopened, true);
        grid.addColumn(AgencyScorecard::overdueNow).setHeader(getTranslation(ScorecardMeasure.OVERDUE_NOW.labelKey()))
                .setKey(ScorecardMeasure.OVERDUE_NOW.name()).setAutoWidth(true).setSortable(true);
        grid.addColumn(row -> row.bottlenecks().open() + " / " + row.bottlenecks().fixed())
                .setHeader(getTranslation(KEY + "bottlenecks")).setKey(ScorecardMeasure.BOTTLENECKS.name())
                .setAutoWidth(true).setComparator(Comparator.comparingLong(row -> row.bottlenecks().open()));
        grid.addColumn(row -> row.commitment() == null ? ScorecardFormat.NOTHING
                        : ScorecardFormat.score(row.commitment().unitScore(), getLocale()))
                .setHeader(getTranslation(ScorecardMeasure.COMMITMENT.labelKey())).setKey(ScorecardMeasure.COMMITMENT.name())
                .setAutoWidth(true).setComparator(Comparator.comparing(row -> row.commitment() == null ? null
                        : row.commitment().unitScore(), Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(this::officialCell).setHeader(getTranslation(KEY + "officialDdci")).setKey("ddci")
                .setFlexGrow(2);
        grid.setHeight("26rem");
        grid.addSelectionListener(event -> {
            details.removeAll();
            event.getFirstSelectedItem().ifPresent(row -> details.add(new ScorecardDetails(row, from.getValue(),
                    to.getValue(), mapping, issues)));
        });
    }

    private void measureColumn(ScorecardMeasure measure, ValueProvider<AgencyScorecard, Measure> value, boolean rate) {
        grid.addColumn(row -> rate ? ScorecardFormat.percent(value.apply(row), getLocale())
                        : ScorecardFormat.mean(value.apply(row), getLocale()))
                .setHeader(getTranslation(measure.labelKey())).setKey(measure.name()).setAutoWidth(true)
                .setComparator(Comparator.comparing(value, ScorecardFormat.BY_RATE));
    }

    private Component officialCell(AgencyScorecard row) {
        DdciResultSummary official = row.officialDdci();
        if (official == null) {
            return new Span(ScorecardFormat.NOTHING);
        }
        String text = getTranslation(KEY + "officialValue", LocaleFormats.decimal(official.score(), 2, getLocale()),
                official.rank() == null ? ScorecardFormat.NOTHING : official.rank(),
                official.band() == null ? ScorecardFormat.NOTHING : official.band(), String.valueOf(official.year()));
        HorizontalLayout cell = new HorizontalLayout(FlexComponent.Alignment.CENTER, new Span(text));
        if (official.synthetic()) {
            Badge badge = new Badge(getTranslation(KEY + "synthetic"));
            badge.addThemeVariants(BadgeVariant.WARNING);
            cell.add(badge);
        }
        return cell;
    }
}
