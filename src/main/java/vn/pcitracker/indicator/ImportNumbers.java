package vn.pcitracker.indicator;

import java.math.BigDecimal;

/**
 * Numbers in imported cells as people write them: "73.20" or "73,20" (a Vietnamese decimal comma), and whole
 * numbers that a spreadsheet's number cell may give as "12.0". Null when the text is no such number.
 */
final class ImportNumbers {

    private ImportNumbers() {
    }

    static BigDecimal decimal(String text) {
        String value = text.strip();
        if (value.indexOf(',') >= 0 && value.indexOf('.') < 0 && value.indexOf(',') == value.lastIndexOf(',')) {
            value = value.replace(',', '.');
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer wholeNumber(String text) {
        BigDecimal value = decimal(text);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
