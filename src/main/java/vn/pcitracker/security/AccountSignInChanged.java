package vn.pcitracker.security;

/**
 * An administrator reset an account's password or changed what it may do (role, agency, association): when the
 * change is committed its sessions end, so the old password or the old role opens nothing more. A user changing
 * their own password keeps the session they did it in ({@code keepCurrentSession}) and loses every other one.
 */
public record AccountSignInChanged(long accountId, String username, boolean keepCurrentSession) {
}
