package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.CatalogueMatcher;

/**
 * Everything the rows of a recommendations file are matched against, read once per check (a few queries whatever
 * the number of rows): active fields, agencies and associations, DDCI components, priorities and channels by code
 * or by their Vietnamese or English name, and the registered firms of the tax codes the file names.
 */
@Component
class IssueImportCatalogues {

    private final IssueFieldService fields;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final EnterpriseService enterprises;
    private final DdciService ddci;
    private final ModuleTranslationProvider translations;
    private final ObjectProvider<DialogueDirectory> dialogues;

    IssueImportCatalogues(IssueFieldService fields, AgencyService agencies, AssociationService associations,
                          EnterpriseService enterprises, DdciService ddci, ModuleTranslationProvider translations,
                          ObjectProvider<DialogueDirectory> dialogues) {
        this.fields = fields;
        this.agencies = agencies;
        this.associations = associations;
        this.enterprises = enterprises;
        this.ddci = ddci;
        this.translations = translations;
        this.dialogues = dialogues;
    }

    /** The catalogues as of {@code today}, with the registered firms among {@code taxCodes}. */
    Loaded load(LocalDate today, Collection<String> taxCodes) {
        List<IssueFieldOption> activeFields = fields.fields().stream().filter(IssueFieldOption::active).toList();
        List<AgencySummary> activeAgencies = agencies.search("", true).stream()
                .filter(agency -> agency.activeOn(today)).toList();
        List<Map<String, String>> texts = AppLocales.SUPPORTED.stream().map(translations::translations).toList();
        return new Loaded(
                CatalogueMatcher.byNames(activeFields, IssueFieldOption::code, IssueFieldOption::nameVi,
                        IssueFieldOption::nameEn),
                CatalogueMatcher.byNames(activeAgencies, AgencySummary::code, AgencySummary::nameVi,
                        AgencySummary::nameEn),
                CatalogueMatcher.byNames(associations.activeAssociations(), AssociationSummary::code,
                        AssociationSummary::nameVi, AssociationSummary::nameEn),
                new CatalogueMatcher<>(components(), DdciName::names),
                new CatalogueMatcher<>(List.of(IssuePriority.values()), priority -> labels(priority, "IssuePriority", texts)),
                new CatalogueMatcher<>(IssueChannel.recordedByHand(), channel -> labels(channel, "IssueChannel", texts)),
                enterprises.findByTaxCodes(taxCodes));
    }

    Optional<DialogueRef> dialogue(long dialogueId) {
        DialogueDirectory directory = dialogues.getIfAvailable();
        return directory == null ? Optional.empty() : directory.find(dialogueId);
    }

    /** What a check matches cells against. */
    record Loaded(CatalogueMatcher<IssueFieldOption> fields, CatalogueMatcher<AgencySummary> agencies,
                  CatalogueMatcher<AssociationSummary> associations, CatalogueMatcher<DdciName> ddci,
                  CatalogueMatcher<IssuePriority> priorities, CatalogueMatcher<IssueChannel> channels,
                  Map<String, EnterpriseSummary> firmsByTaxCode) {
    }

    /**
     * A DDCI component by every name a cell may give it: codes and names repeat across catalogues, so the catalogue
     * may come first ("REF-DEPARTMENT/INFORMAL_COSTS", "catalogue – component", as the inbox export writes it).
     */
    record DdciName(DdciCatalogueSummary catalogue, DdciComponentDetails component) {

        long id() {
            return component.id();
        }

        List<String> names() {
            return Stream.of(component.code(), component.nameVi(), component.nameEn(),
                    catalogue.code() + "/" + component.code(), catalogue.nameVi() + " – " + component.nameVi(),
                    catalogue.nameEn() == null || component.nameEn() == null ? null
                            : catalogue.nameEn() + " – " + component.nameEn()).filter(Objects::nonNull).toList();
        }
    }

    private List<DdciName> components() {
        List<DdciName> names = new ArrayList<>();
        ddci.catalogues().forEach(catalogue -> ddci.components(catalogue.id())
                .forEach(component -> names.add(new DdciName(catalogue, component))));
        return names;
    }

    /** The enum's name and its label in each language ({@code issue.<Enum>.<NAME>}). */
    private static List<String> labels(Enum<?> value, String enumName, List<Map<String, String>> texts) {
        String key = "issue." + enumName + "." + value.name();
        return Stream.concat(Stream.of(value.name()), texts.stream().map(language -> language.get(key)))
                .filter(Objects::nonNull).toList();
    }
}
