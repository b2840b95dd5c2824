package vn.pcitracker.issue;

/** Labels: {@code issue.IssuePriority.<NAME>}. */
public enum IssuePriority { LOW, NORMAL, HIGH, URGENT }
