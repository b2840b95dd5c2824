package vn.pcitracker.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminder, digest and outbox jobs run on Spring's scheduler; their timing is set by properties. */
@Configuration
@EnableScheduling
class NotificationScheduling {
}
