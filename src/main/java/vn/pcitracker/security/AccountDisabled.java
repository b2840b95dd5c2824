package vn.pcitracker.security;

/** An administrator disabled an account; its sessions end when the change is committed. */
public record AccountDisabled(long accountId, String username) {
}
