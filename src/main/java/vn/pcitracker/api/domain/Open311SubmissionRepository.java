package vn.pcitracker.api.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Open311SubmissionRepository extends JpaRepository<Open311Submission, Long> {

    Optional<Open311Submission> findByToken(String token);

    List<Open311Submission> findByIssueIdIn(Collection<Long> issueIds);
}
