package vn.pcitracker.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free port, with the application's mail sender pointed at it and sending
 * switched on, for one test; {@link #close()} stops it and switches sending off again (the suite runs in demo mode).
 * The port stays reserved between {@link #stop()} and {@link #start()}, to play a server that goes down and comes back.
 */
final class MailServer implements AutoCloseable {

    private final JavaMailSenderImpl sender;
    private final MailSwitch mailSwitch;
    private final int port;
    private final int previousPort;
    private GreenMail greenMail;

    MailServer(ApplicationContext context) {
        this.sender = (JavaMailSenderImpl) context.getBean(org.springframework.mail.javamail.JavaMailSender.class);
        this.mailSwitch = context.getBean(MailSwitch.class);
        this.port = freePort();
        this.previousPort = sender.getPort();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        mailSwitch.set(true);
        start();
    }

    void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    void stop() {
        greenMail.stop();
    }

    /** The mails received so far to {@code address}. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mailSwitch.set(false);
        sender.setPort(previousPort);
        greenMail.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
