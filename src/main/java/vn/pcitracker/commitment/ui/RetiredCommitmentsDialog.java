package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import vn.pcitracker.commitment.RetiredCommitment;
import vn.pcitracker.commitment.RetiredCommitmentService;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** Managers look back at the retired commitments and restore one; {@code restored} refreshes the list behind. */
class RetiredCommitmentsDialog extends Dialog {

    private static final String KEY = "commitment.RetiredCommitmentsDialog.";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RetiredCommitmentService retired;
    private final Runnable restored;
    private final Grid<RetiredCommitment> grid = new Grid<>();

    RetiredCommitmentsDialog(RetiredCommitmentService retired, Runnable restored) {
        this.retired = retired;
        this.restored = restored;
        setHeaderTitle(getTranslation(KEY + "title"));
        addClassName("retired-commitments");
        grid.addColumn(RetiredCommitment::title).setHeader(getTranslation(KEY + "titleColumn")).setFlexGrow(3);
        grid.addColumn(c -> CommitmentTexts.period(c.periodFrom(), c.periodTo(), getLocale()))
                .setHeader(getTranslation(KEY + "period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation(KEY + "retiredBy",
                        LocaleFormats.date(c.retiredAt().atZone(PROVINCE).toLocalDate(), getLocale()), c.retiredBy()))
                .setHeader(getTranslation(KEY + "retired")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::restoreButton).setKey("restore").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation(KEY + "empty"));
        grid.setWidth("min(60rem, 90vw)");
        add(grid);
        getFooter().add(new Button(getTranslation(KEY + "close"), click -> close()));
        refresh();
    }

    private Component restoreButton(RetiredCommitment commitment) {
        Button restore = new Button(getTranslation(KEY + "restore"), VaadinIcon.ARROW_BACKWARD.create(), click -> {
            if (new FormFeedback(this).attempt(() -> retired.restore(commitment.id(), commitment.version()))) {
                FormFeedback.success(this, KEY + "restored");
                refresh();
                restored.run();
            }
        });
        restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        restore.addClassName("commitment-restore");
        return restore;
    }

    private void refresh() {
        grid.setItems(retired.retired());
    }
}
