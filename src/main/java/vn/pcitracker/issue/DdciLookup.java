package vn.pcitracker.issue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;

/** DDCI components by id and the PCI sub-indices they move, read through the indicator module's services. */
@Component
class DdciLookup {

    private final DdciService ddci;
    private final PciService pci;

    DdciLookup(DdciService ddci, PciService pci) {
        this.ddci = ddci;
        this.pci = pci;
    }

    /** Every component of every catalogue: a few dozen rows, read in one go rather than one query per id. */
    Map<Long, DdciComponentDetails> components() {
        Map<Long, DdciComponentDetails> byId = new HashMap<>();
        ddci.catalogues().forEach(catalogue -> ddci.components(catalogue.id()).forEach(c -> byId.put(c.id(), c)));
        return byId;
    }

    /** The PCI sub-index codes the components map to, each once, in sub-index order. */
    List<String> pciSubIndexCodes(Collection<Long> componentIds) {
        if (componentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, DdciComponentDetails> byId = components();
        List<String> codes = componentIds.stream().map(byId::get).filter(Objects::nonNull)
                .flatMap(component -> component.pciSubIndexCodes().stream()).distinct().toList();
        Map<String, Integer> numbers = new HashMap<>();
        pci.subIndices().forEach(subIndex -> numbers.put(subIndex.code(), subIndex.number()));
        return codes.stream().sorted(Comparator.comparing(code -> numbers.getOrDefault(code, Integer.MAX_VALUE))).toList();
    }
}
