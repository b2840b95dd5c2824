package vn.pcitracker.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.database.DemoMode;

/**
 * Whether the outbox is sent. {@code app.notification.mail.enabled} decides when set; otherwise sending is on
 * outside demo mode and off in it (a demo must not mail made-up addresses), and always off without a mail
 * server ({@code spring.mail.host}). When off, mails stay in the outbox, where the administrator sees them.
 */
@Component
class MailSwitch {

    private final ObjectProvider<JavaMailSender> sender;
    private volatile boolean enabled;

    MailSwitch(Environment environment, DemoMode demoMode, ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
        this.enabled = environment.getProperty("app.notification.mail.enabled", Boolean.class, !demoMode.isEnabled());
    }

    boolean isEnabled() {
        return enabled && sender.getIfAvailable() != null;
    }

    JavaMailSender sender() {
        return sender.getObject();
    }

    /** Tests only: switches sending on or off until switched back. */
    void set(boolean on) {
        this.enabled = on;
    }
}
