package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * One decimal field per PCI sub-index, in the official order, that accepts a decimal comma or point and shows
 * numbers as the user's language writes them. An empty field has no value; a field that is not a number is marked.
 */
final class SubIndexFields {

    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Locale locale;
    private final int minDecimals;

    /** {@code minDecimals}: 2 for scores (7,50), 0 for weights (20); at most three decimals are shown. */
    SubIndexFields(List<SubIndex> subIndices, Locale locale, int minDecimals, String className) {
        this.locale = locale;
        this.minDecimals = minDecimals;
        for (SubIndex subIndex : subIndices) {
            TextField field = new TextField(subIndex.number() + ". " + subIndex.name(locale));
            field.setAllowedCharPattern("[0-9.,]");
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addClassNames(className, "sub-index-" + subIndex.code());
            fields.put(subIndex.code(), field);
        }
    }

    List<TextField> fields() {
        return List.copyOf(fields.values());
    }

    TextField field(String code) {
        return fields.get(code);
    }

    /** Every filled-in field that holds a number; fields that do not are marked invalid and left out. */
    Map<String, BigDecimal> values() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        fields.forEach((code, field) -> {
            BigDecimal value = parse(field.getValue());
            boolean unreadable = value == null && !field.getValue().isBlank();
            field.setInvalid(unreadable);
            if (value != null) {
                values.put(code, value);
            }
        });
        return values;
    }

    void setValues(Map<String, BigDecimal> values) {
        fields.forEach((code, field) -> field.setValue(format(values.get(code))));
    }

    String format(BigDecimal value) {
        return format(value, locale, minDecimals);
    }

    /** With at least {@code minDecimals} and at most three decimals, without grouping; empty for null. */
    static String format(BigDecimal value, Locale locale, int minDecimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    void onChange(Runnable listener) {
        fields.values().forEach(field -> field.addValueChangeListener(event -> listener.run()));
    }

    /** Puts each sub-index's refusals from the service on its field. */
    FormFeedback bindTo(FormFeedback feedback) {
        fields.forEach(feedback::bind);
        return feedback;
    }

    /** Reads "7,5" and "7.5" alike; null when blank or not a number. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
