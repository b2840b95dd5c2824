package vn.pcitracker.indicator;

import java.util.Set;

/** An administrator's edit of a DDCI component: its names and the PCI sub-indices it maps to. */
public record UpdateDdciComponent(long componentId, String nameVi, String nameEn, Set<Long> pciSubIndexIds,
                                  long expectedVersion) {

    public UpdateDdciComponent {
        pciSubIndexIds = pciSubIndexIds == null ? Set.of() : Set.copyOf(pciSubIndexIds);
    }
}
