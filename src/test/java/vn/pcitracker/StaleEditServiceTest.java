package vn.pcitracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentForm;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.CriterionForm;
import vn.pcitracker.commitment.Direction;
import vn.pcitracker.commitment.UnitKind;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.LicensingProcedureForm;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckForm;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.licensing.bottleneck.ProposedFix;
import vn.pcitracker.notification.NotificationTemplateService;
import vn.pcitracker.notification.TemplateSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationForm;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseForm;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.security.TestLogins;

/**
 * Optimistic locking on the editable records whose own tests do not yet show it end to end: two people read the same
 * version and both save; the second is refused ({@link OptimisticLockingFailureException}, which the forms and the
 * error handler translate) and the record keeps the first person's change. Recommendations, dialogue sessions,
 * agencies, accounts, issue fields, DDCI components, PCI editions and goals have the same test in their module.
 */
@SpringBootTest
class StaleEditServiceTest {

    @Autowired
    ApplicationContext context;

    /** One editable record: created by {@code login}, then edited at a version, its stored text read back. */
    interface Editable {
        String login();

        /** Creates the record and returns {id, version as read}. */
        long[] create(ApplicationContext context, String tag);

        void edit(ApplicationContext context, long id, long version, String text);

        String stored(ApplicationContext context, long id);

        default void cleanUp(ApplicationContext context, long id) {
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void ofTwoSavesFromTheSameVersionTheSecondIsRefusedAndTheFirstIsKept(String name, Editable record) {
        TestLogins.signIn(context, record.login());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long[] created = record.create(context, tag);
        try {
            record.edit(context, created[0], created[1], "Bản sửa thứ nhất " + tag);

            assertThatThrownBy(() -> record.edit(context, created[0], created[1], "Bản sửa thứ hai " + tag))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(record.stored(context, created[0])).isEqualTo("Bản sửa thứ nhất " + tag);
        } finally {
            record.cleanUp(context, created[0]);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> records() {
        return Stream.of(association(), enterprise(), procedure(), commitment(), bottleneck(), template())
                .map(editable -> org.junit.jupiter.params.provider.Arguments.of(editable.getClass().getSimpleName(), editable));
    }

    private static Editable association() {
        record Association() implements Editable {
            public String login() {
                return "admin";
            }

            public long[] create(ApplicationContext context, String tag) {
                AssociationSummary created = context.getBean(AssociationService.class).create(form("HH-" + tag, "Hội thử " + tag));
                return new long[] {created.id(), created.version()};
            }

            public void edit(ApplicationContext context, long id, long version, String text) {
                AssociationService service = context.getBean(AssociationService.class);
                service.update(id, form(service.find(id).orElseThrow().code(), text), version);
            }

            public String stored(ApplicationContext context, long id) {
                return context.getBean(AssociationService.class).find(id).orElseThrow().nameVi();
            }

            private static AssociationForm form(String code, String name) {
                return new AssociationForm(code, name, null, null, "Đa ngành", null, null, null);
            }
        }
        return new Association();
    }

    private static Editable enterprise() {
        record Enterprise() implements Editable {
            public String login() {
                return "admin";
            }

            public long[] create(ApplicationContext context, String tag) {
                String taxCode = String.valueOf(1_000_000_000L + Math.floorMod(tag.hashCode(), 999_999_999L));
                EnterpriseSummary created = context.getBean(EnterpriseService.class).create(form(taxCode, "Công ty thử " + tag));
                return new long[] {created.id(), created.version()};
            }

            public void edit(ApplicationContext context, long id, long version, String text) {
                EnterpriseService service = context.getBean(EnterpriseService.class);
                service.update(id, form(service.find(id).orElseThrow().taxCode(), text), version);
            }

            public String stored(ApplicationContext context, long id) {
                return context.getBean(EnterpriseService.class).find(id).orElseThrow().name();
            }

            private static EnterpriseForm form(String taxCode, String name) {
                return new EnterpriseForm(taxCode, name, "Logistics", "Phường Hải An", null, null, null);
            }
        }
        return new Enterprise();
    }

    private static Editable procedure() {
        record Procedure() implements Editable {
            public String login() {
                return "investment";
            }

            public long[] create(ApplicationContext context, String tag) {
                LicensingProcedureSummary created = context.getBean(LicensingProcedureService.class)
                        .create(procedureForm(context, "TT-" + tag, "Thủ tục thử " + tag));
                return new long[] {created.id(), created.version()};
            }

            public void edit(ApplicationContext context, long id, long version, String text) {
                LicensingProcedureService service = context.getBean(LicensingProcedureService.class);
                service.update(id, procedureForm(context, service.find(id).orElseThrow().code(), text), version);
            }

            public String stored(ApplicationContext context, long id) {
                return context.getBean(LicensingProcedureService.class).find(id).orElseThrow().nameVi();
            }
        }
        return new Procedure();
    }

    private static LicensingProcedureForm procedureForm(ApplicationContext context, String code, String name) {
        return new LicensingProcedureForm(code, name, agency(context), 20, 10, Set.of(line(context)));
    }

    private static Editable commitment() {
        record Commitment() implements Editable {
            public String login() {
                return "investment";
            }

            public long[] create(ApplicationContext context, String tag) {
                CommitmentDetails created = context.getBean(CommitmentService.class).create(form(context, "Giao ước thử " + tag));
                return new long[] {created.id(), created.version()};
            }

            public void edit(ApplicationContext context, long id, long version, String text) {
                context.getBean(CommitmentService.class).update(id, form(context, text), version);
            }

            public String stored(ApplicationContext context, long id) {
                return context.getBean(CommitmentService.class).find(id).orElseThrow().title();
            }

            private static CommitmentForm form(ApplicationContext context, String title) {
                int year = LocalDate.now().getYear();
                return new CommitmentForm(title, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), agency(context),
                        "Chủ tịch UBND thành phố", UnitKind.AGENCY, List.of(), List.of(agency(context)), LocalDate.of(year, 1, 15),
                        "01/GU-UBND", List.of(new CriterionForm(null, "Tỷ lệ hồ sơ đúng hạn", "%", Direction.HIGHER_IS_BETTER,
                        new BigDecimal("80"), null, new BigDecimal("95"), null, 100, null, null, CriterionForm.MANUAL)));
            }
        }
        return new Commitment();
    }

    private static Editable bottleneck() {
        record Bottleneck() implements Editable {
            public String login() {
                return "investment";
            }

            public long[] create(ApplicationContext context, String tag) {
                long procedure = context.getBean(LicensingProcedureService.class)
                        .create(procedureForm(context, "TT-" + tag, "Thủ tục có điểm nghẽn " + tag)).id();
                BottleneckDetails created = context.getBean(BottleneckService.class).create(form(context, procedure, "Điểm nghẽn " + tag));
                return new long[] {created.id(), created.version()};
            }

            public void edit(ApplicationContext context, long id, long version, String text) {
                BottleneckService service = context.getBean(BottleneckService.class);
                service.edit(id, form(context, service.find(id).orElseThrow().procedure().id(), text), version);
            }

            public String stored(ApplicationContext context, long id) {
                return context.getBean(BottleneckService.class).find(id).orElseThrow().title();
            }

            private static BottleneckForm form(ApplicationContext context, long procedure, String title) {
                return new BottleneckForm(procedure, line(context), agency(context), null, title,
                        "Hồ sơ phải bổ sung nhiều lần.", Set.of(BottleneckCause.MISSING_DOCUMENTS), 0, null, Set.of(),
                        new ProposedFix("Kiểm tra thực địa một lần", 1, 1, 5, null), LocalDate.now().plusMonths(6), false, null);
            }
        }
        return new Bottleneck();
    }

    private static Editable template() {
        final class Template implements Editable {
            private String originalSubject;

            public String login() {
                return "admin";
            }

            /** An existing template (they are not created by users); its subject is put back afterwards. */
            public long[] create(ApplicationContext context, String tag) {
                TemplateSummary first = context.getBean(NotificationTemplateService.class).templates().getFirst();
                originalSubject = first.subject();
                return new long[] {first.id(), first.version()};
            }

            public void edit(ApplicationContext context, long id, long version, String text) {
                context.getBean(NotificationTemplateService.class).update(id, text, current(context, id).body(), version);
            }

            public String stored(ApplicationContext context, long id) {
                return current(context, id).subject();
            }

            public void cleanUp(ApplicationContext context, long id) {
                TemplateSummary now = current(context, id);
                context.getBean(NotificationTemplateService.class).update(id, originalSubject, now.body(), now.version());
            }

            private static TemplateSummary current(ApplicationContext context, long id) {
                return context.getBean(NotificationTemplateService.class).templates().stream()
                        .filter(template -> template.id() == id).findFirst().orElseThrow();
            }
        }
        return new Template();
    }

    /** Sở Xây dựng, from the demo data. */
    private static long agency(ApplicationContext context) {
        return context.getBean(AgencyService.class).findByCode("S-XD").orElseThrow().id();
    }

    private static long line(ApplicationContext context) {
        return context.getBean(ConditionalLineService.class).search("", null).getFirst().id();
    }
}
