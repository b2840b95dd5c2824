package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;
import vn.pcitracker.commitment.CriterionForm;
import vn.pcitracker.commitment.LiveSourceInfo;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.SubIndex;

/** Names of what a criterion refers to (its source, DDCI component, PCI sub-index) in the reader's language. */
final class CriterionLabels {

    private final Component owner;
    private final java.util.Locale locale;
    private final Map<Long, DdciComponentDetails> components = new LinkedHashMap<>();
    private final Map<Long, String> catalogueCodes = new LinkedHashMap<>();
    private final Map<String, SubIndex> subIndices = new LinkedHashMap<>();
    private final Map<String, LiveSourceInfo> sources = new LinkedHashMap<>();

    CriterionLabels(Component owner, java.util.Locale locale, DdciService ddci, PciService pci,
                    List<LiveSourceInfo> liveSources) {
        this.owner = owner;
        this.locale = locale;
        ddci.catalogues().forEach(catalogue -> ddci.components(catalogue.id()).forEach(component -> {
            components.put(component.id(), component);
            catalogueCodes.put(component.id(), catalogue.code());
        }));
        pci.subIndices().forEach(subIndex -> subIndices.put(subIndex.code(), subIndex));
        liveSources.forEach(source -> sources.put(source.key(), source));
    }

    String source(String key) {
        LiveSourceInfo source = sources.get(key);
        return owner.getTranslation(source == null ? "commitment.LiveSource." + CriterionForm.MANUAL : source.labelKey());
    }

    /** How a live source computes its value; empty for manual criteria. */
    String formula(String key) {
        LiveSourceInfo source = sources.get(key);
        return source == null ? "" : owner.getTranslation(source.formulaKey());
    }

    String ddci(Long componentId) {
        DdciComponentDetails component = componentId == null ? null : components.get(componentId);
        return component == null ? "" : catalogueCodes.get(componentId) + " · " + component.name(locale);
    }

    String pci(String code) {
        SubIndex subIndex = code == null ? null : subIndices.get(code);
        return subIndex == null ? "" : subIndex.number() + ". " + subIndex.name(locale);
    }

    /** DDCI component and PCI sub-index, whichever the criterion names. */
    String links(CriterionView criterion) {
        List<String> parts = new ArrayList<>();
        String ddci = ddci(criterion.ddciComponentId());
        String pci = pci(criterion.pciSubIndexCode());
        if (!ddci.isEmpty()) {
            parts.add("DDCI: " + ddci);
        }
        if (!pci.isEmpty()) {
            parts.add("PCI: " + pci);
        }
        return String.join(" · ", parts);
    }

    List<Long> componentIds() {
        return List.copyOf(components.keySet());
    }

    List<String> subIndexCodes() {
        return List.copyOf(subIndices.keySet());
    }

    List<String> sourceKeys() {
        List<String> keys = new ArrayList<>(List.of(CriterionForm.MANUAL));
        keys.addAll(sources.keySet());
        return keys;
    }

    String unitOf(String sourceKey) {
        LiveSourceInfo source = sources.get(sourceKey);
        return source == null ? null : source.unit();
    }
}
