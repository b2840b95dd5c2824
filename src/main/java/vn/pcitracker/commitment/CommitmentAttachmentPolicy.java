package vn.pcitracker.commitment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.attachment.AttachmentOwnerPolicy;
import vn.pcitracker.commitment.CommitmentAccess.Me;
import vn.pcitracker.commitment.domain.CheckIn;
import vn.pcitracker.commitment.domain.CheckInRepository;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentRepository;
import vn.pcitracker.security.CurrentUser;

/**
 * Evidence files of a check-in: whoever may read the commitment may read them; whoever may check in for the unit
 * (an officer of its agency, or of the signing agency for a division) may add and remove them.
 */
@Component
public class CommitmentAttachmentPolicy implements AttachmentOwnerPolicy {

    public static final String OWNER_TYPE = "COMMITMENT_CHECK_IN";

    private final CheckInRepository checkIns;
    private final CommitmentRepository commitments;
    private final CommitmentAccess access;
    private final CurrentUser currentUser;

    CommitmentAttachmentPolicy(CheckInRepository checkIns, CommitmentRepository commitments, CommitmentAccess access,
                               CurrentUser currentUser) {
        this.checkIns = checkIns;
        this.commitments = commitments;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(long ownerId) {
        if (currentUser.get().isEmpty()) {
            return false;
        }
        Me me = access.me();
        return commitmentOf(ownerId).filter(c -> CommitmentAccess.canRead(c.commitment(), me)).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canWrite(long ownerId) {
        if (currentUser.get().isEmpty()) {
            return false;
        }
        Me me = access.me();
        return commitmentOf(ownerId).filter(found -> found.commitment().getUnits().stream()
                .filter(unit -> unit.getId().equals(found.checkIn().getUnitId()))
                .anyMatch(unit -> CommitmentAccess.canCheckIn(found.commitment(), unit, me))).isPresent();
    }

    private record Found(CheckIn checkIn, Commitment commitment) {
    }

    private Optional<Found> commitmentOf(long checkInId) {
        return checkIns.findById(checkInId).flatMap(checkIn -> commitments.findByCriterionId(checkIn.getCriterionId())
                .map(commitment -> new Found(checkIn, commitment)));
    }
}
