package vn.pcitracker.attachment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAtAscIdAsc(String ownerType, long ownerId);
}
