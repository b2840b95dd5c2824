package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueState;

class IssueInboxViewTest extends ViewTestBase {

    private static final String SEARCH = "Tìm theo mã, tiêu đề, nội dung";

    @Autowired ApplicationContext context;

    @Test
    void theFilterGoesIntoTheAddressAndAnOpenedAddressShowsTheSameFilter() {
        signInAs("investment");
        IssueInboxView view = navigateTo(IssueInboxView.class);

        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH)), "cảng biển");
        _setValue(states(view), Set.of(IssueState.ASSIGNED, IssueState.IN_PROGRESS));
        _setValue(_get(view, Checkbox.class, spec -> spec.withLabel("Chỉ kiến nghị quá hạn")), true);
        Location address = view.location();

        assertThat(address.getPathWithQueryParameters()).startsWith("issues?");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        IssueInboxView reopened = _get(IssueInboxView.class);
        assertThat(_get(reopened, TextField.class, spec -> spec.withPlaceholder(SEARCH)).getValue()).isEqualTo("cảng biển");
        assertThat(states(reopened).getValue()).containsExactlyInAnyOrder(IssueState.ASSIGNED, IssueState.IN_PROGRESS);
        assertThat(_get(reopened, Checkbox.class, spec -> spec.withLabel("Chỉ kiến nghị quá hạn")).getValue()).isTrue();
    }

    @Test
    void searchingWithoutDiacriticsFindsTheIssueAboutDatDai() {
        String tag = IssueFixtures.unique();
        IssueDetails land = new IssueFixtures(context).received("Vướng mắc đất đai khu " + tag);
        IssueDetails other = new IssueFixtures(context).received("Thủ tục hải quan khu " + tag);
        signInAs("investment");
        IssueInboxView view = navigateTo(IssueInboxView.class);

        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH)), "dat dai khu " + tag);

        assertThat(rows(_get(view, IssueGrid.class))).extracting(IssueListItem::code)
                .contains(land.code()).doesNotContain(other.code());
        assertThat(view.location().getQueryParameters().getParameters()).isNotEmpty();
    }

    @Test
    void aSearchOfOneOrTwoCharactersIsNotAppliedAndTheFieldSaysSo() {
        signInAs("investment");
        IssueInboxView view = navigateTo(IssueInboxView.class);
        TextField search = _get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH));

        _setValue(search, "xq");
        assertThat(search.getHelperText()).isEqualTo("Nhập ít nhất 3 ký tự để tìm");
        assertThat(_get(view, IssueGrid.class).filter().text()).isEqualTo("xq");

        _setValue(search, "xqz");
        assertThat(search.getHelperText()).isNullOrEmpty();
    }

    @Test
    void anAgencyOfficersInboxNeverListsAnotherAgencysIssue() {
        String tag = IssueFixtures.unique();
        IssueDetails ours = new IssueFixtures(context).assignedTo("S-XD", "Hạ tầng giao thông " + tag);
        IssueDetails theirs = new IssueFixtures(context).assignedTo("S-TC", "Hạ tầng tài chính " + tag);
        signInAs("agency");

        MyAgencyInboxView mine = navigateTo(MyAgencyInboxView.class);
        assertThat(rows(_get(mine, IssueGrid.class))).extracting(IssueListItem::code)
                .contains(ours.code()).doesNotContain(theirs.code());

        IssueInboxView inbox = navigateTo(IssueInboxView.class);
        _setValue(_get(inbox, TextField.class, spec -> spec.withPlaceholder(SEARCH)), tag);
        assertThat(rows(_get(inbox, IssueGrid.class))).extracting(IssueListItem::code).containsExactly(ours.code());
    }

    @Test
    void aDashboardDrillDownAddressShowsItsAnswerDatesAndLeadAgencyAndListsOnlyThoseIssues() {
        String tag = IssueFixtures.unique();
        IssueDetails ours = new IssueFixtures(context).assignedTo("S-XD", "Cấp phép xây dựng " + tag);
        long agencyId = ours.leadAgencyId();
        signInAs("leader");

        UI.getCurrent().navigate("issues", QueryParameters.simple(Map.of("q", tag, "agency", String.valueOf(agencyId),
                "lead", "true", "answeredFrom", "2019-03-01", "answeredTo", "2019-03-31")));
        IssueInboxView view = _get(IssueInboxView.class);

        assertThat(_get(view, DatePicker.class, spec -> spec.withPlaceholder("Trả lời từ ngày")).getValue())
                .isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(_get(view, DatePicker.class, spec -> spec.withPlaceholder("Trả lời đến ngày")).getValue())
                .isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(_get(view, Checkbox.class, spec -> spec.withLabel("Chỉ đơn vị chủ trì")).getValue()).isTrue();
        // The new issue is not answered, so the answer dates leave it out; clearing them lists it.
        assertThat(rows(_get(view, IssueGrid.class))).isEmpty();
        _setValue(_get(view, DatePicker.class, spec -> spec.withPlaceholder("Trả lời từ ngày")), null);
        _setValue(_get(view, DatePicker.class, spec -> spec.withPlaceholder("Trả lời đến ngày")), null);
        assertThat(rows(_get(view, IssueGrid.class))).extracting(IssueListItem::code).containsExactly(ours.code());
        assertThat(view.location().getQueryParameters().getParameters()).containsKey("lead")
                .doesNotContainKeys("answeredFrom", "answeredTo");
    }

    @Test
    void theSatisfactionCardsAddressSaysWhatTheListHoldsAndTheChipRemovesIt() {
        String tag = IssueFixtures.unique();
        IssueDetails ours = new IssueFixtures(context).assignedTo("S-XD", "Cấp phép xây dựng " + tag);
        signInAs("leader");

        UI.getCurrent().navigate("issues", QueryParameters.simple(Map.of("q", tag,
                "accountableFrom", "2019-03-01", "accountableTo", "2019-03-31")));
        IssueInboxView view = _get(IssueInboxView.class);

        assertThat(_get(view, Span.class, spec -> spec.withText(
                "Thuộc phạm vi chỉ số hài lòng (QĐ 766) từ 01/03/2019 đến 31/03/2019: đã trả lời trong kỳ, hoặc đến hạn"
                        + " trong kỳ mà chưa trả lời")).isVisible()).isTrue();
        // Assigned now with a deadline ahead: neither answered nor due in March 2019, so not in that population.
        assertThat(rows(_get(view, IssueGrid.class))).isEmpty();
        _click(_get(view, Button.class, spec -> spec.withClasses("accountable-remove")));
        assertThat(rows(_get(view, IssueGrid.class))).extracting(IssueListItem::code).containsExactly(ours.code());
        assertThat(view.location().getQueryParameters().getParameters()).doesNotContainKeys("accountableFrom", "accountableTo");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<IssueState> states(IssueInboxView view) {
        return _get(view, MultiSelectComboBox.class, spec -> spec.withPlaceholder("Trạng thái"));
    }
}
