package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.ValidationException;

/** Each test runs in a transaction that is rolled back, so edits do not leak into other tests. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class DdciServiceTest {


    @Autowired
    DdciService ddci;

    @Autowired
    PciService pci;

    @Autowired
    ReferenceDataService referenceData;

    @Test
    void theReferenceModelHasFiveDepartmentAndTenDistrictComponentsMappedToPciSubIndices() {
        DdciCatalogueSummary department = catalogue("REF-DEPARTMENT");
        DdciCatalogueSummary district = catalogue("REF-DISTRICT");

        assertThat(department.unitLevel()).isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(department.referenceModel()).isTrue();
        assertThat(department.componentCount()).isEqualTo(5);
        assertThat(district.unitLevel()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(district.componentCount()).isEqualTo(10);
        Map<String, DdciComponentDetails> components = byCode(ddci.components(district.id()));
        assertThat(components.get("ENTRY_COST").pciSubIndexCodes()).containsExactly("ENTRY");
        assertThat(components.get("DIALOGUE_ACCOUNTABILITY").pciSubIndexCodes())
                .containsExactly("TRANSPARENCY", "PROACTIVITY");
        assertThat(components.get("TRANSPARENCY_FAIRNESS").pciSubIndexCodes())
                .containsExactly("TRANSPARENCY", "POLICY_BIAS");
        assertThat(ddci.components(district.id())).extracting(DdciComponentDetails::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(byCode(ddci.components(department.id())).get("LEGAL_DOCUMENTS_PLANS").pciSubIndexCodes())
                .containsExactly("PROACTIVITY", "LEGAL");
    }

    @Test
    void anAdministratorsEditMarksTheComponentAsLocalAndAReloadKeepsIt() {
        DdciComponentDetails entryCost = component("REF-DISTRICT", "ENTRY_COST");
        long land = subIndexId("LAND");

        DdciComponentDetails edited = ddci.updateComponent(new UpdateDdciComponent(entryCost.id(),
                "Chi phí gia nhập (sửa)", "Entry cost (edited)", Set.of(land), entryCost.version()));
        List<LoadResult> reload = referenceData.reload();

        assertThat(edited.modifiedLocally()).isTrue();
        assertThat(edited.version()).isGreaterThan(entryCost.version());
        assertThat(reload).filteredOn(result -> result.dataSet().equals("reference/ddci_components.csv"))
                .singleElement().satisfies(result -> assertThat(result.keptLocalEdits()).isEqualTo(1));
        DdciComponentDetails afterReload = component("REF-DISTRICT", "ENTRY_COST");
        assertThat(afterReload.nameVi()).isEqualTo("Chi phí gia nhập (sửa)");
        assertThat(afterReload.pciSubIndexCodes()).containsExactly("LAND");
        assertThat(afterReload.modifiedLocally()).isTrue();
    }

    @Test
    void invalidInputIsRefusedWithTranslationKeysAndNothingIsSaved() {
        DdciComponentDetails entryCost = component("REF-DISTRICT", "ENTRY_COST");

        assertThatThrownBy(() -> ddci.updateComponent(new UpdateDdciComponent(entryCost.id(), "  ", "x".repeat(256),
                Set.of(), entryCost.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder("indicator.DdciService.nameRequired",
                                "indicator.DdciService.nameTooLong", "indicator.DdciService.subIndexRequired"));
        assertThatThrownBy(() -> ddci.updateComponent(new UpdateDdciComponent(entryCost.id(), "Tên", null,
                Set.of(-1L), entryCost.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey)
                        .containsExactly("indicator.DdciService.unknownSubIndex"));

        assertThat(component("REF-DISTRICT", "ENTRY_COST")).isEqualTo(entryCost);
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        DdciComponentDetails entryCost = component("REF-DISTRICT", "ENTRY_COST");
        ddci.updateComponent(new UpdateDdciComponent(entryCost.id(), "Lần một", null, Set.of(subIndexId("ENTRY")),
                entryCost.version()));

        assertThatThrownBy(() -> ddci.updateComponent(new UpdateDdciComponent(entryCost.id(), "Lần hai", null,
                Set.of(subIndexId("ENTRY")), entryCost.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(component("REF-DISTRICT", "ENTRY_COST").nameVi()).isEqualTo("Lần một");
    }

    @Test
    @WithMockUser(roles = "INVESTMENT_OFFICER")
    void onlyAnAdministratorMayEditAComponent() {
        DdciComponentDetails entryCost = component("REF-DISTRICT", "ENTRY_COST");

        assertThatThrownBy(() -> ddci.updateComponent(new UpdateDdciComponent(entryCost.id(), "Tên", null,
                Set.of(subIndexId("ENTRY")), entryCost.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(component("REF-DISTRICT", "ENTRY_COST").modifiedLocally()).isFalse();
    }

    private DdciCatalogueSummary catalogue(String code) {
        return ddci.catalogues().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private DdciComponentDetails component(String catalogueCode, String code) {
        return byCode(ddci.components(catalogue(catalogueCode).id())).get(code);
    }

    private long subIndexId(String code) {
        return pci.subIndices().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static Map<String, DdciComponentDetails> byCode(List<DdciComponentDetails> components) {
        return components.stream().collect(Collectors.toMap(DdciComponentDetails::code, Function.identity()));
    }
}
