/**
 * Notifications: what the right people are told when an issue moves (assignment, answer, reopening, an
 * association's submission), before and after its deadline, and weekly about overdue items (leaders). Each
 * notification is shown in the application (the bell, the notifications page) and, for users with an
 * e-mail address, mailed through a transactional outbox: rows written in the same transaction as the change
 * (listeners run synchronously inside the issue command), sent afterwards by a scheduled sender with retries.
 * Users choose immediate mails or a daily digest; texts are templates per kind and language that an
 * administrator edits. Other modules may also mail a text they compose to everyone holding a role through the same
 * outbox ({@link vn.pcitracker.notification.RoleMailService}, used for the monthly report). Uses issue (its events and
 * open deadlines), security (who holds a role), calendar (working days) and referencedata (the seeded templates).
 */
@ApplicationModule
package vn.pcitracker.notification;

import org.springframework.modulith.ApplicationModule;
