package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * Period and agency, applied to every chart. A change is handed over as new parameters (the view navigates to them,
 * so the URL always says what is shown); an agency officer sees their agency fixed.
 */
final class DashboardFilters extends Div {

    private final Select<Preset> preset = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();

    DashboardFilters(Section section, DashboardParameters shown, Consumer<DashboardParameters> changed) {
        addClassName("dashboard-filters");
        preset.setLabel(section.text("dashboard.DashboardFilters.period"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(value -> section.text("dashboard.DashboardPeriod." + value.name()));
        preset.setValue(shown.period().preset());
        from.setLabel(section.text("dashboard.DashboardFilters.from"));
        to.setLabel(section.text("dashboard.DashboardFilters.to"));
        from.setValue(shown.period().from());
        to.setValue(shown.period().to());
        boolean custom = shown.period().preset() == Preset.CUSTOM;
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        agency.setLabel(section.text("dashboard.DashboardFilters.agency"));
        agency.setPlaceholder(section.text("dashboard.DashboardFilters.allAgencies"));
        agency.setItems(agencies(section));
        agency.setItemLabelGenerator(value -> value.name(section.locale()));
        agency.setClearButtonVisible(true);
        section.figures().agency(section.figures().scope().agencyId()).ifPresent(agency::setValue);
        agency.setReadOnly(section.figures().agencyFixed());
        agency.setWidth("22rem");
        Span shownPeriod = new Span(section.text("dashboard.DashboardFilters.shown",
                LocaleFormats.date(section.figures().scope().from(), section.locale()),
                LocaleFormats.date(section.figures().scope().to(), section.locale())));
        shownPeriod.addClassName("dashboard-period");
        add(preset, from, to, agency, shownPeriod);
        preset.addValueChangeListener(event -> changed.accept(parameters(event.getValue())));
        from.addValueChangeListener(event -> changeDates(changed));
        to.addValueChangeListener(event -> changeDates(changed));
        agency.addValueChangeListener(event -> changed.accept(parameters(preset.getValue())));
    }

    private void changeDates(Consumer<DashboardParameters> changed) {
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
            changed.accept(parameters(Preset.CUSTOM));
        }
    }

    private DashboardParameters parameters(Preset chosen) {
        LocalDate today = DashboardPeriod.today();
        DashboardPeriod period = chosen == Preset.CUSTOM && from.getValue() != null && to.getValue() != null
                && !to.getValue().isBefore(from.getValue()) ? DashboardPeriod.custom(from.getValue(), to.getValue())
                : DashboardPeriod.of(chosen == null ? DashboardParameters.DEFAULT : chosen, today);
        return new DashboardParameters(period, agency.getValue() == null ? null : agency.getValue().id());
    }

    private static List<AgencySummary> agencies(Section section) {
        LocalDate today = DashboardPeriod.today();
        return section.figures().agencies().values().stream().filter(agency -> agency.activeOn(today))
                .sorted(Comparator.comparing(agency -> agency.name(section.locale()))).toList();
    }

    Select<Preset> preset() {
        return preset;
    }

    ComboBox<AgencySummary> agency() {
        return agency;
    }
}
