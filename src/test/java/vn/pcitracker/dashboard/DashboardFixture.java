package vn.pcitracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;

/**
 * Rows of the dashboard's own figures (bottlenecks, commitments, a linked recommendation) for one new agency in
 * 2019, a year no demo data uses, written straight into the tables so each test knows every number.
 */
public final class DashboardFixture {

    final JdbcTemplate jdbc;
    public final long agency;
    public final long otherAgency;
    final long procedure;

    public DashboardFixture(JdbcTemplate jdbc, AgencyService agencies) {
        this.jdbc = jdbc;
        this.agency = newAgency(agencies);
        this.otherAgency = newAgency(agencies);
        this.procedure = jdbc.queryForObject("""
                INSERT INTO licensing_procedure (code, name_vi, issuing_agency_id, statutory_days, reduced_days)
                VALUES (?, 'Thủ tục thử nghiệm', ?, 20, 10) RETURNING id""", Long.class, "T-" + unique(), agency);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    long subIndexId(String code) {
        return jdbc.queryForObject("SELECT id FROM pci_sub_index WHERE code = ?", Long.class, code);
    }

    /** A DDCI component of a catalogue of its own, moving the given PCI sub-indices. */
    public long component(String... subIndexCodes) {
        long catalogue = jdbc.queryForObject("""
                INSERT INTO ddci_catalogue (code, name_vi, unit_level) VALUES (?, 'Bộ chỉ số thử nghiệm', 'DEPARTMENT')
                RETURNING id""", Long.class, "T-" + unique());
        long component = jdbc.queryForObject("""
                INSERT INTO ddci_component (catalogue_id, code, position, name_vi) VALUES (?, ?, 1, 'Thành phần thử nghiệm')
                RETURNING id""", Long.class, catalogue, "T-" + unique());
        for (String code : subIndexCodes) {
            jdbc.update("INSERT INTO ddci_component_pci (component_id, sub_index_id) VALUES (?, ?)", component, subIndexId(code));
        }
        return component;
    }

    long bottleneck(long agencyId, Long ownerId, String state, LocalDate identifiedOn, long... components) {
        long id = jdbc.queryForObject("""
                INSERT INTO bottleneck (code, procedure_id, agency_id, owner_agency_id, title, description, state,
                                        identified_on, drop_reason)
                VALUES (?, ?, ?, ?, 'Điểm nghẽn thử nghiệm', 'Mô tả', ?, ?, ?) RETURNING id""", Long.class,
                "T-" + unique(), procedure, agencyId, ownerId, state, identifiedOn, "DROPPED".equals(state) ? "Trùng" : null);
        for (long component : components) {
            jdbc.update("INSERT INTO bottleneck_ddci_component (bottleneck_id, component_id) VALUES (?, ?)", id, component);
        }
        return id;
    }

    long commitment(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                INSERT INTO commitment (title, period_from, period_to, signing_agency_id, signer_title, unit_kind)
                VALUES (?, ?, ?, ?, 'Giám đốc', 'DIVISION') RETURNING id""", Long.class,
                "Giao ước thử nghiệm " + unique(), from, to, agency);
    }

    long division(long commitmentId, int position, String name) {
        return jdbc.queryForObject("""
                INSERT INTO commitment_unit (commitment_id, position, division_name) VALUES (?, ?, ?) RETURNING id""",
                Long.class, commitmentId, position, name);
    }

    long criterion(long commitmentId, int position, String direction, double baseline, double target, int weight,
                   Long componentId, String subIndexCode) {
        return jdbc.queryForObject("""
                INSERT INTO commitment_criterion (commitment_id, position, name, unit, direction, baseline, target, weight,
                                                  ddci_component_id, pci_sub_index_code, source)
                VALUES (?, ?, ?, '%', ?, ?, ?, ?, ?, ?, 'MANUAL') RETURNING id""", Long.class, commitmentId, position,
                "Tiêu chí " + position, direction, baseline, target, weight, componentId, subIndexCode);
    }

    void checkIn(long criterionId, long unitId, double value, String status, String note) {
        jdbc.update("""
                INSERT INTO commitment_check_in (criterion_id, unit_id, year, quarter, value, computed, status, note,
                                                 recorded_by_name, recorded_at)
                VALUES (?, ?, 2019, 1, ?, false, ?, ?, 'Người thử nghiệm', now())""", criterionId, unitId, value, status, note);
    }

    /** An open recommendation led by the agency, linked to the components. */
    public long openIssue(LocalDate receivedOn, long... components) {
        long field = jdbc.queryForObject("SELECT min(id) FROM issue_field", Long.class);
        long id = jdbc.queryForObject("""
                INSERT INTO issue (code, title, content, channel, field_id, state, lead_agency_id, received_on)
                VALUES (?, 'Kiến nghị thử nghiệm', 'Nội dung', 'EMAIL', ?, 'CLASSIFIED', ?, ?) RETURNING id""",
                Long.class, "KN-T-" + unique(), field, agency, receivedOn);
        for (long component : components) {
            jdbc.update("INSERT INTO issue_ddci_component (issue_id, component_id) VALUES (?, ?)", id, component);
        }
        return id;
    }

    private static long newAgency(AgencyService agencies) {
        String code = "T-DB-" + unique();
        return agencies.create(new AgencyForm(code, "Cơ quan thử nghiệm " + code, null, AgencyKind.DEPARTMENT, null,
                null, null, List.of())).id();
    }
}
