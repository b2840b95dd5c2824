package vn.pcitracker.indicator.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.export.ExportColumn;

/**
 * One number column per PCI sub-index, in the official order and headed with its number and name ("1. Gia nhập
 * thị trường"), for the exports of weights, targets and scores.
 */
final class SubIndexColumns {

    /** Marks a header that names a sub-index rather than a translation key. */
    private static final String HEADER = "subIndex:";

    private final List<SubIndex> subIndices;
    private final Map<String, String> headers;

    SubIndexColumns(List<SubIndex> subIndices, Locale locale) {
        this.subIndices = List.copyOf(subIndices);
        this.headers = subIndices.stream().collect(Collectors.toUnmodifiableMap(s -> HEADER + s.code(),
                s -> s.number() + ". " + s.name(locale)));
    }

    /** @param values a row's figures keyed by sub-index code; a missing one is an empty cell */
    <T> List<ExportColumn<T>> columns(Function<? super T, Map<String, BigDecimal>> values) {
        return subIndices.stream().map(s -> ExportColumn.<T>decimal(HEADER + s.code(), 14,
                row -> values.apply(row).get(s.code()))).toList();
    }

    /** Heads the sub-index columns with their names and hands every other key to {@code translate}. */
    UnaryOperator<String> headers(UnaryOperator<String> translate) {
        return key -> headers.containsKey(key) ? headers.get(key) : translate.apply(key);
    }
}
