package vn.pcitracker.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pcitracker.organization.AgencySummary;

/**
 * Finds the agency a published unit name stands for: its code, Vietnamese or English name, ignoring case and
 * Vietnamese diacritics. Former agencies count too, since results are published for the units of their year.
 */
final class AgencyMatcher {

    private final Map<String, Set<AgencySummary>> byKey = new HashMap<>();

    AgencyMatcher(List<AgencySummary> agencies) {
        for (AgencySummary agency : agencies) {
            for (String name : new String[] {agency.code(), agency.nameVi(), agency.nameEn()}) {
                String key = UnitNames.key(name);
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(agency);
                }
            }
        }
    }

    /** Every agency the name stands for: none (a unit that is no agency), one, or several (ambiguous). */
    List<AgencySummary> match(String unitName) {
        return new ArrayList<>(byKey.getOrDefault(UnitNames.key(unitName), Set.of()));
    }
}
