package vn.pcitracker.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcitracker.notification.OutboxStatus;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** Due rows, locked so that two senders (two instances, or a test and the schedule) never send one twice. */
    @Query(nativeQuery = true, value = """
            select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?1
            order by next_attempt_at, id limit ?2 for update skip locked""")
    List<Long> lockDue(Instant now, int limit);

    List<OutboxMail> findByOrderByCreatedAtDescIdDesc(Pageable page);

    List<OutboxMail> findByStatusOrderByCreatedAtDescIdDesc(OutboxStatus status, Pageable page);

    List<OutboxMail> findByRecipientIdOrderByIdAsc(long recipientId);
}
