package vn.pcitracker.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.domain.DdciCatalogue;
import vn.pcitracker.indicator.domain.DdciCatalogueRepository;
import vn.pcitracker.indicator.domain.DdciComponent;
import vn.pcitracker.indicator.domain.DdciComponentRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/** DDCI component catalogues and the administrator's edits of their components' PCI mapping. */
@Service
public class DdciService {

    private final DdciCatalogueRepository catalogues;
    private final DdciComponentRepository components;
    private final PciSubIndexRepository subIndices;

    DdciService(DdciCatalogueRepository catalogues, DdciComponentRepository components,
                PciSubIndexRepository subIndices) {
        this.catalogues = catalogues;
        this.components = components;
        this.subIndices = subIndices;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<DdciCatalogueSummary> catalogues() {
        return catalogues.findAllByOrderByUnitLevelAscCodeAsc().stream().map(this::toSummary).toList();
    }

    /** The components of a catalogue in their order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<DdciComponentDetails> components(long catalogueId) {
        DdciCatalogue catalogue = catalogues.findById(catalogueId)
                .orElseThrow(() -> new RecordNotFoundException("DdciCatalogue", catalogueId));
        Map<Long, PciSubIndex> byId = subIndicesById();
        return components.findByCatalogueIdOrderByPosition(catalogue.getId()).stream()
                .map(component -> toDetails(component, byId)).toList();
    }

    /** Marks the component as edited locally, so that reloading the reference data no longer overwrites it. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public DdciComponentDetails updateComponent(UpdateDdciComponent command) {
        Map<Long, PciSubIndex> byId = subIndicesById();
        String nameVi = Violations.clean(command.nameVi());
        String nameEn = Violations.clean(command.nameEn());
        new Violations()
                .check(nameVi != null, "nameVi", "indicator.DdciService.nameRequired")
                .check(nameVi == null || nameVi.length() <= DdciComponent.NAME_MAX_LENGTH, "nameVi",
                        "indicator.DdciService.nameTooLong", DdciComponent.NAME_MAX_LENGTH)
                .check(nameEn == null || nameEn.length() <= DdciComponent.NAME_MAX_LENGTH, "nameEn",
                        "indicator.DdciService.nameTooLong", DdciComponent.NAME_MAX_LENGTH)
                .check(!command.pciSubIndexIds().isEmpty(), "pciSubIndexIds", "indicator.DdciService.subIndexRequired")
                .check(byId.keySet().containsAll(command.pciSubIndexIds()), "pciSubIndexIds",
                        "indicator.DdciService.unknownSubIndex")
                .throwIfAny();
        DdciComponent component = components.findById(command.componentId())
                .orElseThrow(() -> new RecordNotFoundException("DdciComponent", command.componentId()));
        if (component.getVersion() != command.expectedVersion()) {
            throw new ObjectOptimisticLockingFailureException(DdciComponent.class, command.componentId());
        }
        component.editLocally(nameVi, nameEn, command.pciSubIndexIds());
        return toDetails(components.saveAndFlush(component), byId);
    }

    private Map<Long, PciSubIndex> subIndicesById() {
        return subIndices.findAll().stream().collect(Collectors.toMap(PciSubIndex::getId, Function.identity()));
    }

    private DdciCatalogueSummary toSummary(DdciCatalogue catalogue) {
        return new DdciCatalogueSummary(catalogue.getId(), catalogue.getCode(), catalogue.getNameVi(),
                catalogue.getNameEn(), catalogue.getUnitLevel(), catalogue.isReferenceModel(),
                catalogue.getFirstYear(), catalogue.getLastYear(), catalogue.getSourceUrl(),
                components.countByCatalogueId(catalogue.getId()));
    }

    private static DdciComponentDetails toDetails(DdciComponent component, Map<Long, PciSubIndex> byId) {
        List<String> codes = component.getPciSubIndexIds().stream().map(byId::get)
                .sorted(Comparator.comparingInt(PciSubIndex::getNumber)).map(PciSubIndex::getCode).toList();
        return new DdciComponentDetails(component.getId(), component.getCatalogueId(), component.getCode(),
                component.getPosition(), component.getNameVi(), component.getNameEn(),
                component.getPciSubIndexIds(), codes, component.isModifiedLocally(), component.getVersion());
    }
}
