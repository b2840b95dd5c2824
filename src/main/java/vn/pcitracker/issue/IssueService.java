package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Every command on a recommendation. Each checks, in one transaction: the user's role and object-level right
 * (an agency officer only where their agency leads or coordinates; an association representative only issues
 * their association submitted or backs, plus public ones for reading), that the current state allows the
 * action, and the input; then records the move in the timeline. A refused move throws
 * {@link vn.pcitracker.shared.ValidationException} with key {@code issue.IssueService.actionNotAllowed}; an
 * issue the user may not see behaves as missing ({@link vn.pcitracker.shared.RecordNotFoundException});
 * a stale {@code expectedVersion} throws {@link org.springframework.dao.OptimisticLockingFailureException}.
 * CONTRACT PLACEHOLDER (issue3-base branch only): the issue-core work replaces every body.
 */
@Service
public class IssueService {

    public IssueDetails create(NewIssue issue) { throw new UnsupportedOperationException(); }
    public IssueDetails edit(long id, IssueEdit edit, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails classify(long id, String note, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails assign(long id, Assignment assignment, long expectedVersion) { throw new UnsupportedOperationException(); }
    /** All or nothing: one refused issue refuses the whole batch. */
    public List<IssueDetails> assignAll(Set<Long> ids, Assignment assignment) { throw new UnsupportedOperationException(); }
    public IssueDetails start(long id, String note, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails contribute(long id, String note) { throw new UnsupportedOperationException(); }
    public IssueDetails answer(long id, Answer answer, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails giveFeedback(long id, Feedback feedback, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails close(long id, String note, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails resume(long id, String note, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails forward(long id, long ministryAgencyId, LocalDate forwardedOn, String note, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails reject(long id, String reason, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails withdraw(long id, String note, long expectedVersion) { throw new UnsupportedOperationException(); }
    public IssueDetails requestExtension(long id, LocalDate wantedDeadline, String reason) { throw new UnsupportedOperationException(); }
    public IssueDetails extend(long id, LocalDate newDeadline, String reason, long expectedVersion) { throw new UnsupportedOperationException(); }
    /** Adds {@code workingDays} to each deadline; all or nothing. */
    public List<IssueDetails> extendAll(Set<Long> ids, int workingDays, String reason) { throw new UnsupportedOperationException(); }
    public IssueDetails carryOver(long id, long dialogueId) { throw new UnsupportedOperationException(); }
    /** Empty when the issue does not exist or the user may not see it. */
    public Optional<IssueDetails> find(long id) { throw new UnsupportedOperationException(); }
    public Optional<IssueDetails> findByCode(String code) { throw new UnsupportedOperationException(); }
}
