package vn.pcitracker.security;

import java.util.Locale;

/** Someone a notification can go to: an enabled account, its e-mail address (may be null) and language. */
public record Recipient(long accountId, String displayName, String email, Locale locale) {
}
