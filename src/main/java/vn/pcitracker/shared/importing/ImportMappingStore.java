package vn.pcitracker.shared.importing;

import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The column mappings each user chose, per import definition (table {@code import_mapping}): saved when a user
 * imports a file whose proposed mapping they changed, applied before automatic matching next time. Always the
 * signed-in user's own, so nobody reads or changes another's.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ImportMappingStore {

    static final int MAX_HEADER = 200;

    private final JdbcClient jdbc;

    ImportMappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's remembered choices by header key; {@link ColumnMapping#IGNORED} for an ignored column. */
    @Transactional(readOnly = true)
    public Map<String, String> remembered(String definitionId) {
        Map<String, String> choices = new HashMap<>();
        jdbc.sql("SELECT source_header, column_id FROM import_mapping WHERE username = :username"
                        + " AND definition_id = :definition")
                .param("username", username()).param("definition", definitionId)
                .query((RowCallbackHandler) rs -> {
                    String column = rs.getString("column_id");
                    choices.put(rs.getString("source_header"), column == null ? ColumnMapping.IGNORED : column);
                });
        return choices;
    }

    /** Remembers every header of the mapping with its column (or that it is ignored), replacing earlier choices. */
    @Transactional
    public void remember(String definitionId, ColumnMapping mapping) {
        String username = username();
        mapping.byHeaderKey().forEach((header, column) -> jdbc.sql("""
                        INSERT INTO import_mapping (username, definition_id, source_header, column_id)
                        VALUES (:username, :definition, :header, :column)
                        ON CONFLICT (username, definition_id, source_header)
                        DO UPDATE SET column_id = EXCLUDED.column_id, updated_at = now(),
                            version = import_mapping.version + 1""")
                .param("username", username).param("definition", definitionId)
                .param("header", header.length() > MAX_HEADER ? header.substring(0, MAX_HEADER) : header)
                .param("column", new SqlParameterValue(Types.VARCHAR,
                        column.equals(ColumnMapping.IGNORED) ? null : column))
                .update());
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication.getName();
    }
}
