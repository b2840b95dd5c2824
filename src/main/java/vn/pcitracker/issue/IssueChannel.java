package vn.pcitracker.issue;

/** How a recommendation reached the province. Labels: {@code issue.IssueChannel.<NAME>}. */
public enum IssueChannel { DIALOGUE, ASSOCIATION_PORTAL, HOTLINE, EMAIL, DOCUMENT, IMPORT, NATIONAL_PORTAL }
