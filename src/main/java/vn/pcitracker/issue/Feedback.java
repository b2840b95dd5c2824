package vn.pcitracker.issue;

/**
 * The submitter's verdict on an answer: satisfied or not, a 1-5 score and a comment. {@code onBehalf} marks
 * feedback an officer records for a submitter who gave it by phone or on paper.
 */
public record Feedback(boolean satisfied, int score, String comment, boolean onBehalf) {
}
