package vn.pcitracker.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Runs the rows of an agencies, associations or enterprises file through the register's own rules, the ones its
 * create and update apply, so that an import accepts exactly what the forms accept: each row becomes a form for a
 * new record or for the stored one with the same key (blank optional cells keep the stored values), a row equal to
 * the stored record is left alone, and a key twice in the file is refused. {@link #store} must run in the calling
 * service's transaction, which it marks for rollback when any row is refused, so that all rows or none are stored.
 *
 * @param <S> the stored record
 * @param <F> the register's form
 */
final class RegisterImport<S, F> {

    /** What a register gives the import; its methods add problems by row and column or throw the service's errors. */
    interface Register<S, F> {

        /** The template; blank cells of its required columns are problems before the row is read. */
        ImportDefinition definition();

        /** The column whose value identifies a record. */
        String keyColumn();

        /** The key of the row as the register compares it (null, with a problem, when it cannot be read). */
        String key(ImportRow row, ImportProblems problems);

        /** The stored record with this key, read now (an earlier row of the same import may have created it). */
        S stored(String key);

        /** The row as a form for the stored record (null when new); null when the row has problems. */
        F form(ImportRow row, S stored, ImportProblems problems);

        /** The stored record as a form, to tell rows that change nothing. */
        F formOf(S stored);

        /** The rules of create and update, without saving. */
        void check(S stored, F form);

        /** Creates or updates through the service; returns the link to the record. */
        ImportLink save(S stored, F form);

        /** The template column a service violation's field stands for. */
        String column(String field);

        String name(F form);
    }

    private final Register<S, F> register;

    RegisterImport(Register<S, F> register) {
        this.register = register;
    }

    /** What each row would do, or every problem; writes nothing. */
    ImportPreview<OrganizationImportRow> preview(List<ImportRow> rows) {
        ImportProblems problems = new ImportProblems();
        List<OrganizationImportRow> records = new ArrayList<>();
        run(rows, problems, (row, key, stored, form) -> {
            OrganizationImportRow line = line(row, key, stored, form);
            if (line.action() != OrganizationImportRow.Action.UNCHANGED) {
                register.check(stored, form);
            }
            records.add(line);
        });
        return ImportPreview.of(problems.isEmpty() ? records : List.of(), problems);
    }

    /** Stores every row, or none: any refused row marks the transaction for rollback. */
    ImportResult store(List<ImportRow> rows, ImportProgress progress) {
        ImportProblems problems = new ImportProblems();
        int[] counts = new int[3];
        List<ImportLink> links = new ArrayList<>();
        run(rows, problems, (row, key, stored, form) -> {
            OrganizationImportRow line = line(row, key, stored, form);
            if (line.action() != OrganizationImportRow.Action.UNCHANGED) {
                links.add(register.save(stored, form));
            }
            counts[line.action().ordinal()]++;
            progress.rowsDone(counts[0] + counts[1] + counts[2], rows.size());
        });
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ImportResult.refused(problems.list());
        }
        return ImportResult.imported(counts[0], counts[1], counts[2], links);
    }

    @FunctionalInterface
    private interface Step<S, F> {
        void accept(ImportRow row, String key, S stored, F form);
    }

    private void run(List<ImportRow> rows, ImportProblems problems, Step<S, F> step) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            register.definition().requiredColumns().stream().filter(column -> !row.has(column.id()))
                    .forEach(column -> problems.required(row.row(), column.id()));
            String key = register.key(row, problems);
            Integer first = key == null ? null : firstRow.putIfAbsent(key.toLowerCase(Locale.ROOT), row.row());
            if (first != null) {
                problems.duplicate(row.row(), register.keyColumn(), row.get(register.keyColumn()), first);
                continue;
            }
            S stored = key == null ? null : register.stored(key);
            F form = register.form(row, stored, problems);
            if (key == null || form == null || problems.hasRow(row.row())) {
                continue;
            }
            try {
                step.accept(row, key, stored, form);
            } catch (ValidationException e) {
                e.violations().forEach(violation -> problems.add(row.row(), register.column(violation.field()),
                        violation.messageKey(), violation.args()));
            }
        }
    }

    private OrganizationImportRow line(ImportRow row, String key, S stored, F form) {
        OrganizationImportRow.Action action = stored == null ? OrganizationImportRow.Action.CREATE
                : form.equals(register.formOf(stored)) ? OrganizationImportRow.Action.UNCHANGED
                : OrganizationImportRow.Action.UPDATE;
        return new OrganizationImportRow(row.row(), key, register.name(form), action);
    }
}
