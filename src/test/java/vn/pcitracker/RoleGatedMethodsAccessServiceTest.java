package vn.pcitracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.api.ApiKeyService;
import vn.pcitracker.api.NewApiKey;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.indicator.PciEditionService;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.notification.NotificationTemplateService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;

/**
 * The methods that take a record's id and belong to administrators or the investment department (reference data,
 * accounts, keys, templates, goals, sessions): no record of theirs belongs to an agency or association, so the
 * object-level rule is the role itself. An agency officer and an association representative call each with a
 * real id and are refused, and the record keeps its version. Records that do belong to an agency or association
 * have their own tests next to their service ({@code IssueAccessServiceTest}, {@code CommitmentAccessServiceTest},
 * {@code BottleneckAccessServiceTest}, {@code AttachmentAccessServiceTest}, {@code NotificationServiceTest}).
 */
@SpringBootTest
class RoleGatedMethodsAccessServiceTest {

    private static Long apiKey;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    /** Method, the table its id is taken from, and the call; the forms are null: the role is checked first. */
    static Stream<Arguments> methods() {
        List<Arguments> methods = List.of(
                method("AccountService.update", "user_account", (c, id) -> c.getBean(AccountService.class).update(id, null, 0)),
                method("AccountService.setEnabled", "user_account", (c, id) -> c.getBean(AccountService.class).setEnabled(id, false, 0)),
                method("AccountService.resetPassword", "user_account", (c, id) -> c.getBean(AccountService.class).resetPassword(id, "mot-mat-khau-rat-dai-2026")),
                method("ApiKeyService.revoke", "api_key", (c, id) -> c.getBean(ApiKeyService.class).revoke(id)),
                method("NotificationTemplateService.update", "notification_template", (c, id) -> c.getBean(NotificationTemplateService.class).update(id, "x", "x", 0)),
                method("IssueFieldService.update", "issue_field", (c, id) -> c.getBean(IssueFieldService.class).update(id, "x", "x", 1, false, 0)),
                method("AgencyService.update", "agency", (c, id) -> c.getBean(AgencyService.class).update(id, null, 0)),
                method("AgencyService.retire", "agency", (c, id) -> c.getBean(AgencyService.class).retire(id, null, List.of(), 0)),
                method("AssociationService.update", "association", (c, id) -> c.getBean(AssociationService.class).update(id, null, 0)),
                method("AssociationService.retire", "association", (c, id) -> c.getBean(AssociationService.class).retire(id)),
                method("EnterpriseService.update", "enterprise", (c, id) -> c.getBean(EnterpriseService.class).update(id, null, 0)),
                method("EnterpriseService.retire", "enterprise", (c, id) -> c.getBean(EnterpriseService.class).retire(id)),
                method("LicensingProcedureService.update", "licensing_procedure", (c, id) -> c.getBean(LicensingProcedureService.class).update(id, null, 0)),
                method("PciGoalService.delete", "pci_goal", (c, id) -> c.getBean(PciGoalService.class).delete(id, 0)),
                method("PciEditionService.clearWeights", "pci_edition", (c, id) -> c.getBean(PciEditionService.class).clearWeights(
                        c.getBean(JdbcTemplate.class).queryForObject("SELECT year FROM pci_edition WHERE id = ?", Integer.class, id), 0)),
                method("DialogueService.update", "dialogue_session", (c, id) -> c.getBean(DialogueService.class).update(id, null, 0)),
                method("DialogueService.carryOverCandidates", "dialogue_session", (c, id) -> c.getBean(DialogueService.class).carryOverCandidates(id, 10)));
        return Stream.of("agency", "association").flatMap(user -> methods.stream()
                .map(method -> Arguments.of(user, method.get()[0], method.get()[1], method.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("methods")
    void anAgencyOfficerOrARepresentativeIsRefusedARecordOfTheAdministration(String user, String method, String table,
                                                                            IdCall call) {
        long id = realId(table);
        String before = row(table, id);
        TestLogins.signIn(context, user);

        assertThatThrownBy(() -> call.accept(context, id)).isInstanceOf(AccessDeniedException.class);

        assertThat(row(table, id)).as("the record is unchanged").isEqualTo(before);
    }

    @FunctionalInterface
    interface IdCall {
        void accept(ApplicationContext context, long id) throws Exception;
    }

    private static Arguments method(String name, String table, IdCall call) {
        return Arguments.of(name, table, call);
    }

    private long realId(String table) {
        if (table.equals("api_key")) {
            if (apiKey == null) {
                TestLogins.signIn(context, "admin");
                apiKey = context.getBean(ApiKeyService.class).issue(new NewApiKey("Khóa thử phân quyền", null,
                        "Ứng dụng thử phân quyền", 10)).summary().id();
                TestLogins.signOut();
            }
            return apiKey;
        }
        return jdbc.queryForObject("SELECT min(id) FROM " + table, Long.class);
    }

    private String row(String table, long id) {
        return String.valueOf(jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id));
    }
}
