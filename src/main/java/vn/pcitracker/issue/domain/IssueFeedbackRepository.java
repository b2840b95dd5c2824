package vn.pcitracker.issue.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueFeedbackRepository extends JpaRepository<IssueFeedbackRecord, Long> {

    List<IssueFeedbackRecord> findByIssueIdOrderByGivenAtAscIdAsc(Long issueId);
}
