/**
 * The notification views, and the bell ({@link vn.pcitracker.notification.ui.NotificationBell}) that the shell's
 * main layout shows in its navbar, exported as the named interface {@code ui} for that purpose.
 */
@NamedInterface("ui")
package vn.pcitracker.notification.ui;

import org.springframework.modulith.NamedInterface;
