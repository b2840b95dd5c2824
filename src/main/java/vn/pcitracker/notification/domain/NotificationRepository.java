package vn.pcitracker.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.pcitracker.notification.domain.Notification.MailState;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    List<Notification> findByRecipientIdAndMailStateOrderByCreatedAtAscIdAsc(long recipientId, MailState state);

    @Query("select distinct n.recipientId from Notification n where n.mailState = ?1")
    List<Long> recipientsWithMailState(MailState state);

    @Modifying
    @Query("update Notification n set n.readAt = ?2, n.version = n.version + 1 where n.recipientId = ?1 and n.readAt is null")
    int markAllRead(long recipientId, Instant at);
}
