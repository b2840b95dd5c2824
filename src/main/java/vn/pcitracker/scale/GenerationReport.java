package vn.pcitracker.scale;

import java.util.Map;

/**
 * What a generation wrote: rows per table (in the order written), the time it took including dropping and
 * rebuilding indexes and {@code ANALYZE}, and the machine's load average at the end. {@code refused} carries the
 * reason when nothing was written (a generated history is present already).
 */
public record GenerationReport(ScaleSpec spec, Map<String, Long> rowsPerTable, double seconds, double loadAverage,
                               String refused) {

    public long rows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rows() / seconds;
    }

    public boolean written() {
        return refused == null;
    }

    /** The report as printed at the end of a run. */
    public String describe() {
        if (!written()) {
            return "Scale generation refused: " + refused;
        }
        StringBuilder text = new StringBuilder("Scale generation: %,d issues, seed %d, %d agencies, %d years, %d accounts%n"
                .formatted(spec.issues(), spec.seed(), spec.agencies(), spec.years(), spec.accounts()));
        rowsPerTable.forEach((table, rows) -> text.append("  %-30s %,12d%n".formatted(table, rows)));
        text.append("  %-30s %,12d rows in %.1f s: %,.0f rows/s (load average %.2f)".formatted("total", rows(), seconds,
                rowsPerSecond(), loadAverage));
        return text.toString();
    }
}
