package vn.pcitracker.issue;

/** The orders an inbox offers; every order ends with the id so that pages never overlap. */
public enum IssueSort { NEWEST, OLDEST, DEADLINE_SOONEST, CODE, TITLE, STATE, PRIORITY }
