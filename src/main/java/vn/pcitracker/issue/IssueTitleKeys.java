package vn.pcitracker.issue;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Titles as duplicates are found: the SQL function {@code issue_title_key} (V145) ignores case, diacritics, spaces
 * and punctuation. The keys of a file's titles and the open recommendations that share them are each read in one
 * statement, whatever the number of rows.
 */
@Component
class IssueTitleKeys {

    private final JdbcTemplate jdbc;

    IssueTitleKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of each title, in order; null for a null title or one with nothing but punctuation. */
    List<String> keys(List<String> titles) {
        List<String> keys = new ArrayList<>(titles.size());
        if (titles.isEmpty()) {
            return keys;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT nullif(issue_title_key(t), '') FROM unnest(?::text[])"
                    + " WITH ORDINALITY AS f(t, n) ORDER BY n");
            statement.setArray(1, con.createArrayOf("text", titles.toArray()));
            return statement;
        }, rs -> {
            keys.add(rs.getString(1));
        });
        return keys;
    }

    /** The code of an open recommendation (the oldest) per key that one has. */
    Map<String, String> openCodes(Collection<String> keys) {
        Map<String, String> codes = new HashMap<>();
        if (keys.isEmpty()) {
            return codes;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT issue_title_key(i.title) AS k, min(i.code) FROM issue i"
                    + " WHERE " + IssueSearchSql.OPEN + " AND issue_title_key(i.title) = ANY (?) GROUP BY k");
            Array array = con.createArrayOf("text", keys.toArray());
            statement.setArray(1, array);
            return statement;
        }, rs -> {
            codes.put(rs.getString(1), rs.getString(2));
        });
        return codes;
    }
}
