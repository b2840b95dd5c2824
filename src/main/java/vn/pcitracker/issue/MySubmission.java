package vn.pcitracker.issue;

import java.time.LocalDate;

/**
 * A recommendation the representative's association submitted ({@code submitted}) or backs, as listed under
 * "my submissions". {@code overdue}: awaiting an answer past the deadline, or answered after it.
 * {@code feedbackGiven}: the association has already said whether the answer satisfied it.
 */
public record MySubmission(long id, String code, String title, IssueState state, LocalDate receivedOn,
                           LocalDate deadline, LocalDate answeredOn, boolean overdue, boolean submitted,
                           boolean feedbackGiven) {

    /** Answered and waiting for the association's verdict. */
    public boolean awaitsFeedback() {
        return state == IssueState.ANSWERED && !feedbackGiven;
    }
}
