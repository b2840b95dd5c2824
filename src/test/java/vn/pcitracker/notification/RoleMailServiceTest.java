package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.notification.domain.OutboxMail;
import vn.pcitracker.notification.domain.OutboxMailRepository;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/** Rolled back after each test, so the leaders created here and their mails never reach another test. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class RoleMailServiceTest {

    @Autowired RoleMailService mailer;
    @Autowired AccountService accounts;
    @Autowired AccountDirectory directory;
    @Autowired OutboxMailRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entities;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void everyLeaderWithAnAddressGetsOneMailInTheirLanguage() {
        long english = leader("role-mail-en", true);
        jdbc.update("UPDATE user_account SET preferred_locale = 'en-GB' WHERE id = ?", english);
        entities.clear();
        long withoutAddress = leader("role-mail-none", false);
        long withAddress = directory.recipients(Role.LEADER, null, null).stream().filter(r -> r.email() != null).count();

        int mails = mailer.mailToRole(Role.LEADER, (locale, name) ->
                new MailText(locale.getLanguage() + " subject", "Dear " + name));

        assertThat(mails).isEqualTo(withAddress).isGreaterThanOrEqualTo(2);
        List<OutboxMail> toEnglish = outbox.findByRecipientIdOrderByIdAsc(english);
        assertThat(toEnglish).extracting(OutboxMail::getSubject, OutboxMail::getBody, OutboxMail::getStatus, OutboxMail::isDigest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("en subject", "Dear Lãnh đạo role-mail-en",
                        OutboxStatus.PENDING, false));
        assertThat(outbox.findByRecipientIdOrderByIdAsc(withoutAddress)).isEmpty();
    }

    @Test
    void agencyOfficersMayNotMailARole() {
        TestLogins.signIn(context, "agency");

        assertThatThrownBy(() -> mailer.mailToRole(Role.LEADER, (locale, name) -> new MailText("s", "b")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long leader(String prefix, boolean withAddress) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        return accounts.create(new AccountForm(username, "Lãnh đạo " + prefix, withAddress ? username + "@test.pcitracker.example" : null,
                Role.LEADER, null, null), "mot-mat-khau-dai-2026").id();
    }
}
