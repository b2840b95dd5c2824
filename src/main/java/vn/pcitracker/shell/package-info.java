/**
 * The frame around every view: the app shell (theme), the main layout whose side navigation lists the
 * views the user's role may open (from their {@code @Menu} annotations), the user menu with the language
 * switch and logout, the session locale, and the error handler. Views never refer to it; nothing depends
 * on this module. Uses security (current user, language preference) and notification (the bell in the navbar).
 */
@ApplicationModule
package vn.pcitracker.shell;

import org.springframework.modulith.ApplicationModule;
