package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.Role;

/** Deadlines still running, for the reminder job of the notification module, and the issue module's "today". */
@Service
@PreAuthorize(Role.Names.HAS_ADMIN)
public class IssueDeadlines {

    private final JdbcClient jdbc;
    private final IssueClock clock;

    IssueDeadlines(JdbcClient jdbc, IssueClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues awaiting an answer from a lead agency, with a deadline, oldest deadline first. */
    @Transactional(readOnly = true)
    public List<OpenDeadline> awaitingAnswer() {
        return jdbc.sql("""
                        select id, code, title, lead_agency_id, deadline from issue
                        where state in (:states) and deadline is not null and lead_agency_id is not null
                        order by deadline, id""")
                .param("states", IssueState.AWAITING_ANSWER.stream().map(Enum::name).toList())
                .query((rs, row) -> new OpenDeadline(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getLong("lead_agency_id"), rs.getObject("deadline", LocalDate.class)))
                .list();
    }

    /** The day deadlines are counted against (Asia/Ho_Chi_Minh). */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return clock.today();
    }
}
