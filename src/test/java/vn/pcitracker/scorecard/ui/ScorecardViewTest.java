package vn.pcitracker.scorecard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.scorecard.AgencyScorecard;
import vn.pcitracker.scorecard.ScorecardMeasure;
import vn.pcitracker.scorecard.ScorecardPeriod;

class ScorecardViewTest extends ViewTestBase {

    @Autowired IssueQueryService issues;
    @Autowired AgencyService agencies;

    @Test
    void theScorecardSaysItIsNotTheOfficialDdciAndStartsWithTheYearToDate() {
        signInAs("leader");
        ScorecardView view = navigateTo(ScorecardView.class);

        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("scorecard-not-official")).getText())
                .contains("KHÔNG phải kết quả DDCI chính thức");
        assertThat(_get(view, Select.class).getValue()).isEqualTo(ScorecardPeriod.YEAR_TO_DATE);
        assertThat(_get(view, DatePicker.class, spec -> spec.withLabel("Từ ngày")).getValue())
                .isEqualTo(ScorecardPeriod.today().withDayOfYear(1));
        assertThat(rows(grid(view))).isNotEmpty();
    }

    @Test
    void selectingAnAgencyShowsEachFigureWithItsFormulaAndTheOfficialDdciBeside() {
        signInAs("leader");
        ScorecardView view = navigateTo(ScorecardView.class);
        AgencyScorecard construction = row(view, "S-XD");

        grid(view).select(construction);

        ScorecardDetails details = _get(view, ScorecardDetails.class);
        assertThat(_find(details, Div.class, spec -> spec.withClasses("scorecard-figure")))
                .hasSize(ScorecardMeasure.values().length);
        assertThat(_find(details, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Phản ánh chỉ số thành phần DDCI: Chất lượng dịch vụ công");
        assertThat(construction.officialDdci().score()).isEqualByComparingTo("73.10");
    }

    @Test
    void eachRecommendationLinkOpensExactlyTheRecommendationsTheFigureCounted() {
        signInAs("leader");
        ScorecardView view = navigateTo(ScorecardView.class);
        _get(view, DatePicker.class, spec -> spec.withLabel("Từ ngày")).setValue(LocalDate.of(2020, 1, 1));
        assertThat(_get(view, Select.class).getValue()).isEqualTo(ScorecardPeriod.CUSTOM);
        AgencyScorecard construction = row(view, "S-XD");
        grid(view).select(construction);
        List<Anchor> links = _find(_get(view, ScorecardDetails.class), Anchor.class);

        assertThat(construction.onTime().denominator()).isPositive();
        assertThat(count(link(links, ScorecardMeasure.ON_TIME))).isEqualTo(construction.onTime().denominator());
        assertThat(count(link(links, ScorecardMeasure.OVERDUE_NOW))).isEqualTo(construction.overdueNow());
        assertThat(link(links, ScorecardMeasure.ON_TIME)).contains("answeredFrom=2020-01-01", "lead=true");
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirOwnAgency() {
        signInAs("agency");
        ScorecardView view = navigateTo(ScorecardView.class);

        assertThat(rows(grid(view))).extracting(AgencyScorecard::agencyId)
                .containsExactly(agencies.findByCode("S-XD").orElseThrow().id());
    }

    @Test
    void anAssociationRepresentativeCannotOpenTheScorecard() {
        signInAs("association");

        assertThatThrownBy(() -> UI.getCurrent().navigate("scorecard")).hasMessageContaining("Access is denied");
    }

    private AgencyScorecard row(ScorecardView view, String code) {
        long id = agencies.findByCode(code).orElseThrow().id();
        return rows(grid(view)).stream().filter(row -> row.agencyId() == id).findFirst().orElseThrow();
    }

    private static String link(List<Anchor> links, ScorecardMeasure measure) {
        return links.stream().filter(anchor -> anchor.getParent().orElseThrow().getElement()
                        .getAttribute("data-measure").equals(measure.name()))
                .findFirst().orElseThrow().getHref();
    }

    private long count(String href) {
        String query = href.substring(href.indexOf('?') + 1);
        return issues.count(issues.fromQueryParameters(QueryParameters.fromString(query).getParameters()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgencyScorecard> grid(ScorecardView view) {
        return _get(view, Grid.class);
    }
}
