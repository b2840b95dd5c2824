package vn.pcitracker.notification;

/** How a user wants their notifications by e-mail: each at once, or gathered in one mail a day. */
public enum MailMode { IMMEDIATE, DIGEST }
