package vn.pcitracker.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.scorecard.AgencyScorecard;
import vn.pcitracker.scorecard.MappedComponent;
import vn.pcitracker.scorecard.ScorecardMeasure;

/**
 * One agency's scorecard in detail: each figure with what it rests on, its formula, the DDCI components it reflects
 * and a link to the records behind it (the recommendations list filtered the same way, the bottleneck register, the
 * commitment).
 */
class ScorecardDetails extends VerticalLayout {

    private static final String KEY = "scorecard.ScorecardDetails.";

    private final AgencyScorecard row;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<ScorecardMeasure, List<MappedComponent>> mapping;
    private final IssueQueryService issues;

    ScorecardDetails(AgencyScorecard row, LocalDate from, LocalDate to,
                     Map<ScorecardMeasure, List<MappedComponent>> mapping, IssueQueryService issues) {
        this.row = row;
        this.from = from;
        this.to = to;
        this.mapping = mapping;
        this.issues = issues;
        addClassName("scorecard-details");
        setPadding(false);
        add(new H3(getTranslation(KEY + "title", row.agencyName(getLocale()))));
        for (ScorecardMeasure measure : ScorecardMeasure.values()) {
            add(figure(measure));
        }
    }

    private Component figure(ScorecardMeasure measure) {
        Div block = new Div();
        block.addClassName("scorecard-figure");
        block.getElement().setAttribute("data-measure", measure.name());
        Span value = new Span(getTranslation(measure.labelKey()) + ": " + value(measure));
        value.getStyle().set("font-weight", "600");
        block.add(value, new Paragraph(getTranslation(measure.formulaKey())),
                new Paragraph(getTranslation(KEY + "components", components(measure))));
        Anchor link = link(measure);
        if (link != null) {
            link.addClassName("scorecard-link");
            block.add(link);
        }
        return block;
    }

    private String value(ScorecardMeasure measure) {
        var locale = getLocale();
        return switch (measure) {
            case ON_TIME -> ScorecardFormat.percent(row.onTime(), locale) + " (" + ScorecardFormat.counts(row.onTime(), locale) + ")";
            case AVERAGE_WORKING_DAYS -> getTranslation(KEY + "days", ScorecardFormat.mean(row.averageWorkingDays(), locale),
                    ScorecardFormat.counts(row.averageWorkingDays(), locale));
            case SATISFACTION_766 -> ScorecardFormat.percent(row.satisfaction766(), locale) + " ("
                    + ScorecardFormat.counts(row.satisfaction766(), locale) + ")";
            case REOPENED -> ScorecardFormat.percent(row.reopened(), locale) + " (" + ScorecardFormat.counts(row.reopened(), locale) + ")";
            case OVERDUE_NOW -> String.valueOf(row.overdueNow());
            case BOTTLENECKS -> getTranslation(KEY + "bottlenecks", row.bottlenecks().open(), row.bottlenecks().fixed());
            case COMMITMENT -> row.commitment() == null ? ScorecardFormat.NOTHING
                    : getTranslation(KEY + "commitment", ScorecardFormat.score(row.commitment().unitScore(), locale),
                    row.commitment().commitmentTitle());
        };
    }

    private String components(ScorecardMeasure measure) {
        UnitLevel level = level(row.agency().kind());
        String names = mapping.getOrDefault(measure, List.of()).stream()
                .filter(component -> component.unitLevel() == level)
                .map(component -> component.name(getLocale())).distinct().collect(Collectors.joining("; "));
        return names.isEmpty() ? ScorecardFormat.NOTHING : names;
    }

    private Anchor link(ScorecardMeasure measure) {
        IssueFilter ofAgency = IssueFilter.none().withLeadAgency(row.agencyId());
        return switch (measure) {
            case ON_TIME, AVERAGE_WORKING_DAYS, SATISFACTION_766, REOPENED ->
                    issueLink(ofAgency.withAnswered(from, to), KEY + "answeredLink");
            case OVERDUE_NOW -> issueLink(ofAgency.withOverdue(true), KEY + "overdueLink");
            case BOTTLENECKS -> new Anchor("bottlenecks?agency=" + row.agencyId(), getTranslation(KEY + "bottlenecksLink"));
            case COMMITMENT -> row.commitment() == null ? null
                    : new Anchor("commitments/" + row.commitment().commitmentId(), getTranslation(KEY + "commitmentLink"));
        };
    }

    private Anchor issueLink(IssueFilter filter, String key) {
        String query = new QueryParameters(issues.toQueryParameters(filter)).getQueryString();
        return new Anchor("issues?" + query, getTranslation(key));
    }

    /** The DDCI unit level an agency is rated at. */
    static UnitLevel level(AgencyKind kind) {
        return switch (kind) {
            case FORMER_DISTRICT -> UnitLevel.DISTRICT;
            case WARD, COMMUNE, SPECIAL_ZONE -> UnitLevel.COMMUNE;
            default -> UnitLevel.DEPARTMENT;
        };
    }
}
