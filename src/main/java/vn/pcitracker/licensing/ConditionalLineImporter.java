package vn.pcitracker.licensing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.CatalogueMatcher;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Checks the rows of a conditional-lines file (every problem before anything is written) and upserts the lines by
 * (legal basis, number). Used by {@link ConditionalLineService} and by the reference data set, whose file
 * ({@code data/reference/conditional_lines.csv}) has the template's column ids as its header.
 */
@Component
class ConditionalLineImporter {

    static final String KEY = "licensing.ConditionalLineImporter.";
    static final ImportDefinition DEFINITION = ImportDefinition.of("licensing.conditional-lines", KEY + "title",
            List.of(ImportColumn.required("legal_basis_code", KEY + "legalBasisCode"),
                    ImportColumn.required("number", KEY + "number"),
                    ImportColumn.required("name_vi", KEY + "nameVi"),
                    ImportColumn.optional("name_en", KEY + "nameEn"),
                    ImportColumn.optional("managing_ministry", KEY + "managingMinistry"),
                    ImportColumn.optional("valid_from", KEY + "validFrom"),
                    ImportColumn.optional("valid_to", KEY + "validTo"),
                    ImportColumn.optional("next_outcome", KEY + "nextOutcome"),
                    ImportColumn.optional("source_url", KEY + "sourceUrl"),
                    ImportColumn.optional("next_legal_basis_code", KEY + "nextLegalBasisCode"),
                    ImportColumn.optional("next_number", KEY + "nextNumber")),
            List.of(example("1", "Sản xuất con dấu", "Production of seals"),
                    example("4", "Kinh doanh dịch vụ cầm đồ", "Pawn services")));

    /**
     * The checked rows (none when there is any problem). {@code withNext}: some row names a next line, so the
     * file is taken to have those columns and a row without one clears its link.
     */
    record Checked(List<ConditionalLineDraft> drafts, List<ImportProblem> problems, boolean withNext) {
    }

    private final LegalBasisRepository bases;
    private final ConditionalLineRepository lines;
    private final ModuleTranslationProvider translations;

    ConditionalLineImporter(LegalBasisRepository bases, ConditionalLineRepository lines,
                            ModuleTranslationProvider translations) {
        this.bases = bases;
        this.lines = lines;
        this.translations = translations;
    }

    /** Checks every row, duplicates within the file and the next lines named; reads, never writes. */
    Checked check(List<ImportRow> rows) {
        List<LegalBasis> all = bases.findAll();
        ConditionalLineRowCheck rowCheck = new ConditionalLineRowCheck(
                CatalogueMatcher.byNames(all, LegalBasis::getCode, LegalBasis::getNameVi, LegalBasis::getNameEn),
                new CatalogueMatcher<>(List.of(LineOutcome.values()), this::outcomeNames), outcomeLabels());
        ImportProblems problems = new ImportProblems();
        List<ConditionalLineDraft> drafts = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            ConditionalLineDraft draft = rowCheck.check(row, problems);
            if (draft == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(draft.key(), draft.row());
            if (first != null) {
                problems.duplicate(draft.row(), "number", String.valueOf(draft.number()), first);
            } else {
                drafts.add(draft);
            }
        }
        Set<String> stored = storedKeys(all);
        checkNextLinesExist(drafts, firstRow.keySet(), stored, problems);
        boolean withNext = drafts.stream().anyMatch(draft -> draft.nextKey() != null);
        return problems.isEmpty()
                ? new Checked(drafts.stream().map(d -> stored.contains(d.key()) ? d.asStored() : d).toList(), List.of(),
                        withNext)
                : new Checked(List.of(), problems.list(), false);
    }

    /** A next line must be in this file or already stored. */
    private static void checkNextLinesExist(List<ConditionalLineDraft> drafts, Set<String> inFile, Set<String> stored,
                                            ImportProblems problems) {
        for (ConditionalLineDraft draft : drafts) {
            if (draft.nextKey() != null && !inFile.contains(draft.nextKey()) && !stored.contains(draft.nextKey())) {
                problems.add(draft.row(), "next_number", KEY + "unknownNextLine", draft.nextBasisCode(),
                        draft.nextNumber());
            }
        }
    }

    /**
     * Inserts new lines and updates known ones, then (when {@code withNext}) points each line at the line it became,
     * or at none when its next-line cells are empty.
     */
    ImportResult upsert(List<ConditionalLineDraft> drafts, boolean withNext, ImportProgress progress) {
        return new ConditionalLineUpsert(bases, lines).run(drafts, withNext, progress);
    }

    /** Rows of {@code conditional_lines.csv}, as published in Appendix IV. */
    private static Map<String, String> example(String number, String nameVi, String nameEn) {
        return Map.of("legal_basis_code", "LDT-2020-PL4", "number", number, "name_vi", nameVi, "name_en", nameEn,
                "managing_ministry", "Bộ Công an", "source_url",
                "https://thuvienphapluat.vn/van-ban/Dau-tu/Luat-Dau-tu-so-61-2020-QH14-321051.aspx");
    }

    private Set<String> storedKeys(List<LegalBasis> all) {
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(LegalBasis::getId, LegalBasis::getCode));
        Set<String> keys = new HashSet<>();
        for (ConditionalLine line : lines.findAll()) {
            keys.add(codes.get(line.getLegalBasisId()) + "#" + line.getNumber());
        }
        return keys;
    }

    /** An outcome is named by its code (KEPT) or its label in either language. */
    private List<String> outcomeNames(LineOutcome outcome) {
        return Stream.concat(Stream.of(outcome.name()), AppLocales.SUPPORTED.stream()
                .map(locale -> translations.translations(locale).get(outcome.labelKey()))).toList();
    }

    private String outcomeLabels() {
        return Arrays.stream(LineOutcome.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
