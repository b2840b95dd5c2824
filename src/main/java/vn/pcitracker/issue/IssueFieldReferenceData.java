package vn.pcitracker.issue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.domain.IssueField;
import vn.pcitracker.issue.domain.IssueFieldRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** Upserts {@code data/reference/issue_fields.csv} by code; fields an administrator edited are left alone. */
@Component
class IssueFieldReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/issue_fields.csv";

    private final IssueFieldRepository fields;

    IssueFieldReferenceData(IssueFieldRepository fields) {
        this.fields = fields;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        Map<String, IssueField> byCode = fields.findAll().stream()
                .collect(Collectors.toMap(IssueField::getCode, Function.identity()));
        LoadResult.Counter counter = LoadResult.counter("issue_fields");
        Set<String> seen = new HashSet<>();
        for (CsvRow row : files.read(FILE)) {
            String code = fitting(row, "code", IssueField.CODE_MAX);
            if (!seen.add(code)) {
                throw row.problem("code " + code + " appears twice");
            }
            String nameVi = fitting(row, "name_vi", IssueField.NAME_MAX);
            String nameEn = fitting(row, "name_en", IssueField.NAME_MAX);
            int position = row.integer("position") == null ? 0 : row.integer("position");
            Integer days = row.integer("default_deadline_days");
            if (days == null || days < IssueField.MIN_DEADLINE_DAYS || days > IssueField.MAX_DEADLINE_DAYS) {
                throw row.problem("default_deadline_days must be " + IssueField.MIN_DEADLINE_DAYS + "-"
                        + IssueField.MAX_DEADLINE_DAYS);
            }
            IssueField field = byCode.get(code);
            if (field == null) {
                fields.save(new IssueField(code, nameVi, nameEn, position, days));
                counter.inserted();
            } else if (field.isModifiedLocally()) {
                counter.keptLocalEdit();
            } else {
                counter.updated(field.applyReference(nameVi, nameEn, position, days));
            }
        }
        return counter.result();
    }

    private static String fitting(CsvRow row, String column, int max) {
        String value = row.text(column);
        if (value.length() > max) {
            throw row.problem("column '" + column + "' is longer than " + max + " characters");
        }
        return value;
    }
}
