package vn.pcitracker.issue.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueFieldRepository extends JpaRepository<IssueField, Long> {

    List<IssueField> findAllByOrderByPositionAscCodeAsc();
}
