package vn.pcitracker.licensing.bottleneck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.Role;

/**
 * The register: a page of the bottlenecks the current user may see, matching a filter, in a chosen order, and the
 * count for the same filter; both run the same SQL ({@link BottleneckSearchSql}). Who sees what: investment
 * officers, leaders and administrators everything; an agency officer their agency's (concerned or owner of the
 * fix); an association representative the public ones.
 */
@Service
public class BottleneckQueryService {

    private static final String FROM = " FROM bottleneck b JOIN licensing_procedure p ON p.id = b.procedure_id"
            + " LEFT JOIN conditional_line l ON l.id = b.line_id LEFT JOIN legal_basis lb ON lb.id = l.legal_basis_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final BottleneckAccess access;

    BottleneckQueryService(NamedParameterJdbcTemplate jdbc, BottleneckAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** @param limit rows wanted, at most {@value BottleneckSearchSql#MAX_LIMIT} (also what the CSV export reads) */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<BottleneckListItem> search(BottleneckFilter filter, BottleneckSort sort, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > BottleneckSearchSql.MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + " or limit " + limit + " out of range");
        }
        BottleneckSearchSql sql = new BottleneckSearchSql(access.me(), filter);
        sql.parameters().addValue("offset", offset).addValue("limit", limit);
        String page = """
                SELECT b.id, b.code, b.title, b.state, b.agency_id, b.owner_agency_id, p.code AS procedure_code,
                       p.name_vi AS procedure_name, p.statutory_days, p.reduced_days,
                       lb.code || ' · ' || l.number AS line_label, b.identified_on, b.target_date, b.is_public,
                """ + BottleneckSearchSql.latestMedian(null) + " AS latest_median" + FROM + sql.where()
                + " ORDER BY " + BottleneckSearchSql.orderBy(sort) + " LIMIT :limit OFFSET :offset";
        return jdbc.query(page, sql.parameters(), (rs, row) -> item(rs));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public long count(BottleneckFilter filter) {
        BottleneckSearchSql sql = new BottleneckSearchSql(access.me(), filter);
        Long count = jdbc.queryForObject("SELECT count(*)" + FROM + sql.where(), sql.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    private static BottleneckListItem item(ResultSet rs) throws SQLException {
        return new BottleneckListItem(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                BottleneckState.valueOf(rs.getString("state")), rs.getLong("agency_id"),
                rs.getObject("owner_agency_id", Long.class), rs.getString("procedure_code"), rs.getString("procedure_name"),
                rs.getInt("statutory_days"), rs.getObject("reduced_days", Integer.class), rs.getString("line_label"),
                rs.getBigDecimal("latest_median"), rs.getObject("identified_on", LocalDate.class),
                rs.getObject("target_date", LocalDate.class), rs.getBoolean("is_public"));
    }
}
