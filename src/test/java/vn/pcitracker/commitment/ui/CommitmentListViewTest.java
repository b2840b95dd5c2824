package vn.pcitracker.commitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import vn.pcitracker.shared.export.ExportFormat;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.CommitmentSummary;
import vn.pcitracker.commitment.RetiredCommitment;
import vn.pcitracker.security.TestLogins;

class CommitmentListViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;

    @Test
    @SuppressWarnings("unchecked")
    void anInvestmentOfficerFindsACommitmentByWordsWithoutDiacriticsAndSeesItsWarning() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("investment");
        CommitmentListView view = navigateTo(CommitmentListView.class);

        _setValue(_get(view, TextField.class), "giao uoc thu giao dien " + commitment.title().substring("Giao ước thử giao diện ".length()));

        Grid<CommitmentSummary> grid = _get(view, Grid.class);
        assertThat(rows(grid)).extracting(CommitmentSummary::id, CommitmentSummary::flagCount, CommitmentSummary::unitCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(commitment.id(), 1, 2));
        assertThat(_get(view, Button.class, spec -> spec.withText("Giao ước mới")).isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoAgencyOfficerSeesCommitmentsOfTheirAgencyButMayNotCreateOne() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("agency");
        CommitmentListView view = navigateTo(CommitmentListView.class);

        assertThat(rows((Grid<CommitmentSummary>) _get(view, Grid.class))).extracting(CommitmentSummary::id).contains(commitment.id());
        assertThat(_find(view, Button.class, spec -> spec.withText("Giao ước mới"))).isEmpty();
    }

    @Test
    void theCsvHoldsTheCommitmentsOfTheSearch() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("investment");
        CommitmentListView view = navigateTo(CommitmentListView.class);
        _setValue(_get(view, TextField.class), commitment.title());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.export(ExportFormat.CSV, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines[0]).isEqualTo("\uFEFFTên giao ước,Từ ngày,Đến ngày,Đơn vị ký,Chức danh người ký,Số đơn vị,Số tiêu chí,"
                + "Điểm,Số cảnh báo,Dữ liệu demo");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(commitment.title() + ",")
                .contains("," + commitment.periodFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ",");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRetiredCommitmentLeavesTheListAndTheOfficerRestoresItFromTheRetiredOnes() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        TestLogins.signIn(context, "investment");
        context.getBean(CommitmentService.class).retire(commitment.id(), commitment.version());
        signInAs("investment");
        CommitmentListView view = navigateTo(CommitmentListView.class);
        Grid<CommitmentSummary> list = _get(view, Grid.class);
        assertThat(rows(list)).extracting(CommitmentSummary::id).doesNotContain(commitment.id());

        _click(_get(view, Button.class, spec -> spec.withText("Giao ước đã lưu trữ")));
        RetiredCommitmentsDialog dialog = _get(RetiredCommitmentsDialog.class);
        Grid<RetiredCommitment> retired = _get(dialog, Grid.class);
        assertThat(rows(retired)).extracting(RetiredCommitment::id).contains(commitment.id());
        int row = rows(retired).stream().map(RetiredCommitment::id).toList().indexOf(commitment.id());
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(retired, row, "restore"));

        assertThat(rows(retired)).extracting(RetiredCommitment::id).doesNotContain(commitment.id());
        assertThat(rows(list)).extracting(CommitmentSummary::id).contains(commitment.id());
    }
}
