package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before marking a record as retired; records are never deleted because history refers to them. */
final class RetireConfirmation {

    private RetireConfirmation() {
    }

    /** Keys: {@code <prefix>retireHeader} (with the name), {@code retireText}, {@code retireConfirm}, {@code cancel}. */
    static void open(Component owner, String keyPrefix, String name, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation(keyPrefix + "retireHeader", name));
        dialog.setText(owner.getTranslation(keyPrefix + "retireText"));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation(keyPrefix + "cancel"));
        dialog.setConfirmText(owner.getTranslation(keyPrefix + "retireConfirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
    }

    static Badge badge(String text, BadgeVariant variant) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(variant);
        return badge;
    }
}
