package vn.pcitracker.notification;

/** PENDING until sent; FAILED once the retries are used up. Labels: {@code notification.OutboxStatus.<NAME>}. */
public enum OutboxStatus { PENDING, SENT, FAILED }
