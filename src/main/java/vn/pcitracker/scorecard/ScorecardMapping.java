package vn.pcitracker.scorecard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.DdciService;

/** The measure → DDCI component mapping stored from the reference data, with the components' names. */
@Component
class ScorecardMapping {

    /** A component with its catalogue, found by catalogue and component code. */
    record Known(long componentId, MappedComponent component) {
    }

    private final JdbcTemplate jdbc;
    private final DdciService ddci;

    ScorecardMapping(JdbcTemplate jdbc, DdciService ddci) {
        this.jdbc = jdbc;
        this.ddci = ddci;
    }

    Map<ScorecardMeasure, List<MappedComponent>> components() {
        Map<Long, MappedComponent> known = new HashMap<>();
        byCode().values().forEach(k -> known.put(k.componentId(), k.component()));
        Map<ScorecardMeasure, List<MappedComponent>> mapped = new EnumMap<>(ScorecardMeasure.class);
        jdbc.query("SELECT measure, ddci_component_id FROM scorecard_measure_component ORDER BY measure, ddci_component_id",
                rs -> {
                    MappedComponent component = known.get(rs.getLong(2));
                    if (component != null) {
                        mapped.computeIfAbsent(ScorecardMeasure.valueOf(rs.getString(1)), m -> new ArrayList<>())
                                .add(component);
                    }
                });
        return mapped;
    }

    /** Every DDCI component keyed by "catalogue code/component code". */
    Map<String, Known> byCode() {
        Map<String, Known> byCode = new HashMap<>();
        for (DdciCatalogueSummary catalogue : ddci.catalogues()) {
            for (DdciComponentDetails component : ddci.components(catalogue.id())) {
                byCode.put(catalogue.code() + "/" + component.code(), new Known(component.id(), new MappedComponent(
                        catalogue.code(), catalogue.unitLevel(), component.code(), component.nameVi(),
                        component.nameEn())));
            }
        }
        return byCode;
    }

    /** The pairs now stored, as "MEASURE/component id". */
    Set<String> stored() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT measure || '/' || ddci_component_id FROM scorecard_measure_component", String.class));
    }

    /** Makes the stored mapping equal to {@code pairs} ("MEASURE/component id"), touching only what differs. */
    void replace(Set<String> pairs) {
        Set<String> stored = stored();
        stored.stream().filter(pair -> !pairs.contains(pair)).forEach(pair -> jdbc.update(
                "DELETE FROM scorecard_measure_component WHERE measure = ? AND ddci_component_id = ?", split(pair)));
        pairs.stream().filter(pair -> !stored.contains(pair)).forEach(pair -> jdbc.update(
                "INSERT INTO scorecard_measure_component (measure, ddci_component_id) VALUES (?, ?)", split(pair)));
    }

    private static Object[] split(String pair) {
        int slash = pair.indexOf('/');
        return new Object[] {pair.substring(0, slash), Long.valueOf(pair.substring(slash + 1))};
    }
}
