package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.math.BigDecimal;
import java.util.Locale;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** What every bottleneck view writes the same way: enum labels, state badges, days. */
final class BottleneckTexts {

    private BottleneckTexts() {
    }

    /** The label of a bottleneck enum, from {@code licensing.<Enum>.<NAME>}. */
    static String label(Component owner, Enum<?> value) {
        return value == null ? "" : owner.getTranslation("licensing." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static Badge stateBadge(Component owner, BottleneckState state) {
        Badge badge = new Badge(label(owner, state));
        badge.addClassName("bottleneck-state");
        if (state == BottleneckState.VERIFIED || state == BottleneckState.IMPLEMENTED) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (state == BottleneckState.DROPPED) {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    /** Days to one decimal as the language writes them; empty when unknown. */
    static String days(BigDecimal days, Locale locale) {
        return days == null ? "" : LocaleFormats.decimal(days, 1, locale);
    }

    static String number(Number value, Locale locale) {
        return value == null ? "" : LocaleFormats.integer(value.longValue(), locale);
    }
}
