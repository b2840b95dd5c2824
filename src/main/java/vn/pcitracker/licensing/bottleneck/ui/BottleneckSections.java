package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.Evidence;
import vn.pcitracker.licensing.bottleneck.ProposedFix;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The fact lists and the evidence table of the bottleneck page. */
final class BottleneckSections {

    private static final String KEY = "licensing.BottleneckView.";
    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Component owner;
    private final BottleneckChoices.Lists lists;
    private final Locale locale;

    BottleneckSections(Component owner, BottleneckChoices.Lists lists) {
        this.owner = owner;
        this.lists = lists;
        this.locale = lists.locale();
    }

    Component facts(BottleneckDetails b) {
        Div facts = new Div();
        facts.addClassName("bottleneck-facts");
        fact(facts, "procedure", b.procedure().code() + " · " + b.procedure().nameVi());
        fact(facts, "days", owner.getTranslation(KEY + "daysValue", b.procedure().statutoryDays(),
                b.procedure().reducedDays() == null ? "–" : b.procedure().reducedDays()));
        if (b.line() != null) {
            fact(facts, "line", lists.lineLabel(b.line()));
            if (b.line().nextOutcome() != null) {
                fact(facts, "lineOutcome", owner.getTranslation("licensing.LineOutcome." + b.line().nextOutcome().name()));
            }
            fact(facts, "lineBecame", b.lineSuccessors().stream().map(lists::lineLabel).collect(Collectors.joining(" → ")));
        }
        fact(facts, "agency", lists.agencyName(b.agencyId()));
        fact(facts, "ownerAgency", lists.agencyName(b.ownerAgencyId()));
        fact(facts, "identifiedOn", LocaleFormats.date(b.identifiedOn(), locale));
        fact(facts, "targetDate", LocaleFormats.date(b.targetDate(), locale));
        fact(facts, "causes", b.causes().stream().map(c -> BottleneckTexts.label(owner, c)).collect(Collectors.joining("; ")));
        fact(facts, "informalCosts", b.informalCostReports() == null ? b.informalCostNote()
                : owner.getTranslation(KEY + "informalReports", b.informalCostReports())
                + (b.informalCostNote() == null ? "" : " · " + b.informalCostNote()));
        fact(facts, "measuredDaysAfter", BottleneckTexts.days(b.measuredDaysAfter(), locale));
        fact(facts, "dropReason", b.dropReason());
        return facts;
    }

    Component fix(BottleneckDetails b) {
        Div facts = new Div();
        facts.addClassName("bottleneck-fix");
        ProposedFix fix = b.fix();
        if (fix.isEmpty()) {
            facts.add(BottleneckView.paragraph(owner.getTranslation(KEY + "noFix")));
            return facts;
        }
        facts.add(BottleneckView.paragraph(fix.description()));
        fact(facts, "conditionsRemoved", BottleneckTexts.number(fix.conditionsRemoved(), locale));
        fact(facts, "documentsRemoved", BottleneckTexts.number(fix.documentsRemoved(), locale));
        fact(facts, "daysCut", BottleneckTexts.number(fix.daysCut(), locale));
        fact(facts, "costCutVnd", BottleneckTexts.number(fix.costCutVnd(), locale));
        return facts;
    }

    Component evidence(BottleneckDetails b) {
        Div body = new Div();
        Grid<Evidence> grid = new Grid<>();
        grid.addClassName("bottleneck-evidence");
        grid.addColumn(e -> BottleneckTexts.label(owner, e.phase())).setHeader(owner.getTranslation(KEY + "phase")).setAutoWidth(true);
        grid.addColumn(e -> LocaleFormats.date(e.periodFrom(), locale) + " – " + LocaleFormats.date(e.periodTo(), locale))
                .setHeader(owner.getTranslation(KEY + "period")).setAutoWidth(true);
        grid.addColumn(Evidence::filesReceived).setHeader(owner.getTranslation(KEY + "filesReceived")).setAutoWidth(true);
        grid.addColumn(Evidence::filesOnTime).setHeader(owner.getTranslation(KEY + "filesOnTime")).setAutoWidth(true);
        grid.addColumn(Evidence::filesLate).setHeader(owner.getTranslation(KEY + "filesLate")).setAutoWidth(true);
        grid.addColumn(e -> BottleneckTexts.number(e.topUpRequests(), locale)).setHeader(owner.getTranslation(KEY + "topUps"))
                .setAutoWidth(true);
        grid.addColumn(e -> BottleneckTexts.days(e.medianActualDays(), locale)).setHeader(owner.getTranslation(KEY + "median"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(owner.getTranslation(KEY + "note")).setFlexGrow(2);
        grid.setItems(b.evidence());
        grid.setAllRowsVisible(true);
        body.add(grid);
        Span saved = new Span(b.daysSaved() == null ? owner.getTranslation(KEY + "daysSavedUnknown")
                : owner.getTranslation(KEY + "daysSaved", BottleneckTexts.days(b.daysSaved(), locale)));
        saved.addClassName("bottleneck-days-saved");
        body.add(new Div(saved), BottleneckView.paragraph(owner.getTranslation("licensing.BottleneckFiguresView.formula")));
        return body;
    }

    private void fact(Div facts, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        facts.add(new Div(new Span(owner.getTranslation(KEY + label) + ": "), new Span(value)));
    }

    static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern(LocaleFormats.datePattern(locale) + " HH:mm", locale)
                .format(at.atZone(PROVINCE_TIME));
    }
}
