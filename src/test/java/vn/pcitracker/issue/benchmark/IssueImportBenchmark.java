package vn.pcitracker.issue.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.issue.ImportTarget;
import vn.pcitracker.issue.ImportedIssue;
import vn.pcitracker.issue.IssueImportService;
import vn.pcitracker.issue.RecommendationImport;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSession;
import vn.pcitracker.shared.importing.ImportSessions;

/**
 * How fast a dialogue's file of 10,000 recommendations goes in, as xlsx and as CSV: reading and mapping, the preview
 * (every row checked), and the import (read again, checked again, firms registered, written, events published).
 * The baseline, measured in the same run on the same machine, is a plain JDBC batch insert of the same rows into
 * the issue table alone, rolled back. Prints figures; asserts only that everything was imported. Run with
 * {@code ./mvnw -Pbenchmark test -Dbenchmark=IssueImportBenchmark}.
 */
@SpringBootTest
class IssueImportBenchmark {

    static final int ROWS = 10_000;
    /** One row in this many names a firm the register does not know yet (registered by the import). */
    static final int NEW_FIRM_EVERY = 100;

    @Autowired ApplicationContext context;
    @Autowired ImportSessions sessions;
    @Autowired IssueImportService imports;
    @Autowired ModuleTranslationProvider translations;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void importsTenThousandRowsFromXlsxAndCsv() {
        TestLogins.signIn(context, "investment");
        long dialogue = jdbc.queryForObject("INSERT INTO dialogue_session (kind, title, held_on, host_agency_id, synthetic)"
                + " VALUES ('ANNUAL_CITY', ?, ?, (SELECT id FROM agency WHERE code = 'S-XD'), true) RETURNING id", Long.class,
                "Hội nghị đo hiệu năng " + UUID.randomUUID(), LocalDate.of(2026, 3, 20));
        List<String> lines = new ArrayList<>();
        double baseline = baselineRowsPerSecond(rows("baseline"));
        lines.add("baseline: JDBC batch insert of %,d issue rows: %,.0f rows/s".formatted(ROWS, baseline));
        for (ExportFormat format : ExportFormat.values()) {
            byte[] file = file(format, rows(format.name()));
            long start = System.nanoTime();
            ImportSession session = sessions.open(RecommendationImport.DEFINITION, file, "kien-nghi." + format.extension());
            double read = seconds(start);
            ImportPreview<ImportedIssue> preview = timed(() -> session.preview(rows ->
                    imports.preview(rows, ImportTarget.dialogue(dialogue))));
            double checked = lastSeconds;
            ImportResult result = timed(() -> session.commit((rows, progress) -> imports.importAll(rows,
                    ImportTarget.dialogue(dialogue), progress), (done, total) -> { }));
            double imported = lastSeconds;
            assertThat(preview.problems()).isEmpty();
            assertThat(result.created()).isEqualTo(ROWS);
            double total = read + checked + imported;
            lines.add(("%s (%,d KB): read+map %.2f s, preview %.2f s, import %.2f s; total %.2f s = %,.0f rows/s,"
                    + " %.1f× the baseline's time").formatted(format, file.length / 1024, read, checked, imported, total,
                    ROWS / total, total / (ROWS / baseline)));
        }
        System.out.println("\n=== IssueImportBenchmark (" + Runtime.getRuntime().availableProcessors() + " cores)\n"
                + String.join("\n", lines) + "\n");
        TestLogins.signOut();
    }

    private double lastSeconds;

    private <T> T timed(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        lastSeconds = seconds(start);
        return result;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Rows a secretariat might write: known firms mostly, an association on every other row, a few new firms. */
    private static List<Map<String, String>> rows(String run) {
        String token = run + "-" + UUID.randomUUID().toString().substring(0, 8);
        String[] fields = {"Đất đai", "Thuế", "Hải quan", "xay dung", "ĐẦU TƯ", "Cấp phép", "Môi trường"};
        List<Map<String, String>> rows = new ArrayList<>(ROWS);
        for (int n = 0; n < ROWS; n++) {
            Map<String, String> row = new HashMap<>();
            row.put(RecommendationImport.TITLE, "Kiến nghị số %d về thủ tục hành chính (%s)".formatted(n, token));
            row.put(RecommendationImport.CONTENT, "Doanh nghiệp phản ánh thời gian giải quyết hồ sơ số " + n
                    + " kéo dài, đề nghị cơ quan chủ trì rà soát quy trình và công khai tiến độ.");
            row.put(RecommendationImport.FIELD, fields[n % fields.length]);
            row.put(RecommendationImport.RECEIVED_ON, "%02d/03/2026".formatted(1 + n % 20));
            row.put(RecommendationImport.PRIORITY, n % 10 == 0 ? "Cao" : "Bình thường");
            row.put(RecommendationImport.TAX_CODES, "02990000%02d".formatted(1 + n % 10));
            if (n % NEW_FIRM_EVERY == 0) {
                String code = newTaxCode(n, token.hashCode());
                row.put(RecommendationImport.TAX_CODES, row.get(RecommendationImport.TAX_CODES) + "; " + code);
                row.put(RecommendationImport.ENTERPRISES, "Doanh nghiệp cũ; Công ty TNHH Đo Hiệu Năng " + code);
            }
            if (n % 2 == 0) {
                row.put(RecommendationImport.ASSOCIATIONS, "Hiệp hội Doanh nghiệp thành phố Hải Phòng");
            }
            row.put(RecommendationImport.PUBLIC, n % 3 == 0 ? "Có" : "Không");
            rows.add(row);
        }
        return rows;
    }

    private byte[] file(ExportFormat format, List<Map<String, String>> rows) {
        Map<String, String> vietnamese = translations.translations(AppLocales.VIETNAMESE);
        List<ExportColumn<Map<String, String>>> columns = RecommendationImport.DEFINITION.columns().stream()
                .map(column -> ExportColumn.<Map<String, String>>text(column.headerKey(), 20, row -> row.get(column.id())))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableExport<>(RecommendationImport.DEFINITION.titleKey(), columns).write(format, rows.stream(), out,
                Locale.forLanguageTag("vi-VN"), vietnamese::get);
        return out.toByteArray();
    }

    /** The same rows as plain issue rows, in one transaction that is rolled back. */
    private double baselineRowsPerSecond(List<Map<String, String>> rows) {
        long field = jdbc.queryForObject("SELECT id FROM issue_field WHERE code = 'LAND'", Long.class);
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int n = 0; n < rows.size(); n++) {
            Map<String, String> row = rows.get(n);
            values.add(new Object[] {prefix + n, row.get(RecommendationImport.TITLE), row.get(RecommendationImport.CONTENT),
                    field, LocalDate.of(2026, 3, 1 + n % 20), row.get(RecommendationImport.PUBLIC).equals("Có")});
        }
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int from = 0; from < values.size(); from += 1_000) {
                jdbc.batchUpdate("INSERT INTO issue (code, title, content, channel, field_id, state, received_on, is_public)"
                        + " VALUES (?, ?, ?, 'IMPORT', ?, 'RECEIVED', ?, ?)", values.subList(from, Math.min(values.size(),
                        from + 1_000)));
            }
            status.setRollbackOnly();
        });
        return rows.size() / seconds(start);
    }

    /** A tax code with a right check digit (weights 31 29 23 19 17 13 7 5 3) unlikely to be registered. */
    private static String newTaxCode(int n, int salt) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int attempt = 0; ; attempt++) {
            String nine = "04" + "%07d".formatted(Math.floorMod(salt * 31L + n * 13L + attempt, 10_000_000L));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (10 - sum % 11 < 10) {
                return nine + (10 - sum % 11);
            }
        }
    }
}
