package vn.pcitracker.commitment;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentRepository;
import vn.pcitracker.shared.RecordNotFoundException;

/**
 * The commitments retired by {@link CommitmentService#retire}, for the managers who may bring one back (a retirement
 * by mistake must not need the database). Managers read every commitment, so the role is the whole rule.
 */
@Service
public class RetiredCommitmentService {

    private final CommitmentRepository commitments;

    RetiredCommitmentService(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    /** Every retired commitment, the latest retired first. */
    @Transactional(readOnly = true)
    @PreAuthorize(CommitmentService.MANAGERS)
    public List<RetiredCommitment> retired() {
        return commitments.findRetiredLatestFirst().stream().map(c -> new RetiredCommitment(c.getId(), c.getTitle(),
                c.getPeriodFrom(), c.getPeriodTo(), c.getRetiredAt(), c.getRetiredBy(), c.getVersion())).toList();
    }

    /** Puts a retired commitment read at {@code expectedVersion} back in force, with its units, criteria and check-ins. */
    @Transactional
    @PreAuthorize(CommitmentService.MANAGERS)
    public void restore(long id, long expectedVersion) {
        Commitment commitment = commitments.findByIdAndRetiredAtIsNotNull(id)
                .orElseThrow(() -> new RecordNotFoundException("Commitment", id));
        if (commitment.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Commitment " + id + " was changed by someone else");
        }
        commitment.restore();
        commitments.saveAndFlush(commitment);
    }
}
