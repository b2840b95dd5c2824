package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.AppLocales;

@SpringBootTest
class NotificationTemplateServiceTest {

    @Autowired ApplicationContext context;
    @Autowired NotificationTemplateService service;
    @Autowired Templates templates;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void everyKindHasATemplateInBothLanguagesFromTheReferenceData() {
        TestLogins.signIn(context, "admin");

        assertThat(service.templates()).hasSize(NotificationKind.values().length * 2)
                .allSatisfy(t -> assertThat(Templates.unknownPlaceholders(t.kind(), t.subject() + t.body())).isEmpty());
    }

    @Test
    void theDemoRecommendationsNotifyInTheTemplatesWordsBecauseTheTemplatesLoadFirst(@Autowired OutboxService outbox) {
        TestLogins.signIn(context, "admin");

        assertThat(outbox.entries(null)).filteredOn(mail -> mail.to().endsWith("@demo.pcitracker.example"))
                .isNotEmpty()
                .allSatisfy(mail -> assertThat(NotificationKind.values())
                        .noneMatch(kind -> mail.subject().startsWith(kind.name() + " ")));
    }

    @Test
    void textsAreFilledInTheReadersLanguageWithDatesInTheirFormat() {
        Map<String, String> params = Map.of("code", "KN-2026-0042", "title", "Cấp phép xây dựng", "deadline", "2026-03-05");

        assertThat(templates.render(NotificationKind.DEADLINE_PASSED, AppLocales.VIETNAMESE, params).subject())
                .isEqualTo("Kiến nghị KN-2026-0042 đã quá hạn (05/03/2026)");
        assertThat(templates.render(NotificationKind.DEADLINE_PASSED, AppLocales.ENGLISH, params).subject())
                .isEqualTo("Recommendation KN-2026-0042 is overdue (due 05 Mar 2026)");
    }

    @Test
    void anAdministratorsEditIsUsedAndAPlaceholderTheKindDoesNotFillIsRefused() {
        TestLogins.signIn(context, "admin");
        TemplateSummary original = service.templates().stream()
                .filter(t -> t.kind() == NotificationKind.ISSUE_ANSWERED && t.language().equals("en")).findFirst().orElseThrow();

        assertThatThrownBy(() -> service.update(original.id(), "Answer due {deadline}", "See {link} {titel}", original.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.args()[0])
                        .containsExactlyInAnyOrder("subject:{deadline}", "body:{titel}"));

        TemplateSummary edited = service.update(original.id(), "Answered: {code}", "Hello {name}, see {link}", original.version());
        try {
            assertThat(templates.render(NotificationKind.ISSUE_ANSWERED, AppLocales.ENGLISH, Map.of("code", "KN-1")).subject())
                    .isEqualTo("Answered: KN-1");
        } finally {
            service.update(original.id(), original.subject(), original.body(), edited.version());
        }
    }

    @Test
    void onlyAdministratorsSeeOrEditTheTexts() {
        TestLogins.signIn(context, "investment");

        assertThatThrownBy(() -> service.templates()).isInstanceOf(AccessDeniedException.class);
    }
}
