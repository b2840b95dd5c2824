package vn.pcitracker.dialogue.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the dialogue module: others go through DialogueService or the DialogueDirectory. */
public interface DialogueSessionRepository extends JpaRepository<DialogueSession, Long> {

    Optional<DialogueSession> findFirstByHeldOnAndTitle(LocalDate heldOn, String title);

    List<DialogueSession> findByOrderByHeldOnDescIdDesc(Pageable page);

    /**
     * {@code pattern} is already LIKE-escaped (blank matches all); {@code kind} empty means every kind; the
     * expression matches the index dialogue_session_search (V26).
     */
    @Query(value = """
            SELECT d.* FROM dialogue_session d
            WHERE search_text(d.title || ' ' || coalesce(d.place, '') || ' ' || coalesce(d.chair, ''))
                  LIKE '%' || search_text(:pattern) || '%'
              AND (:kind = '' OR d.kind = :kind)
              AND d.held_on BETWEEN :from AND :to
            ORDER BY d.held_on DESC, d.id DESC
            """, nativeQuery = true)
    List<DialogueSession> search(@Param("pattern") String pattern, @Param("kind") String kind,
                                 @Param("from") LocalDate from, @Param("to") LocalDate to);
}
