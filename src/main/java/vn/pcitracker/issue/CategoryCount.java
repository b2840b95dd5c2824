package vn.pcitracker.issue;

/**
 * Issues in one category. By field: {@code key} = the field's code, {@code id} = its id, names = its names. By
 * channel: {@code key} = the {@link IssueChannel} name, {@code id} null, names null (the label is the translation
 * key {@code issue.IssueChannel.<key>}).
 */
public record CategoryCount(String key, Long id, String nameVi, String nameEn, long count) {
}
