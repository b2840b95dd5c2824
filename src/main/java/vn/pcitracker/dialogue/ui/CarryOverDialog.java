package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Picks open recommendations of earlier sessions to carry over; hands the choice to {@code onCarry}. */
class CarryOverDialog extends Dialog {

    private static final String KEY = "dialogue.CarryOverDialog.";

    private final Grid<IssueListItem> grid = new Grid<>();

    CarryOverDialog(List<IssueListItem> candidates, Consumer<Set<IssueListItem>> onCarry) {
        setHeaderTitle(getTranslation(KEY + "title"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(IssueListItem::code).setHeader(getTranslation(KEY + "code")).setAutoWidth(true);
        grid.addColumn(IssueListItem::title).setHeader(getTranslation(KEY + "issueTitle")).setFlexGrow(3);
        grid.addColumn(issue -> getTranslation("issue.IssueState." + issue.state().name()))
                .setHeader(getTranslation(KEY + "state")).setAutoWidth(true);
        grid.addColumn(issue -> LocaleFormats.date(issue.receivedOn(), getLocale()))
                .setHeader(getTranslation(KEY + "receivedOn")).setAutoWidth(true);
        grid.addColumn(issue -> IssueDays.left(this, issue)).setHeader(getTranslation(KEY + "daysLeft")).setAutoWidth(true);
        grid.setItems(candidates);
        Span empty = new Span(getTranslation(KEY + "none"));
        empty.setVisible(candidates.isEmpty());
        grid.setVisible(!candidates.isEmpty());
        add(empty, grid);
        Button carry = new Button(getTranslation(KEY + "carry"), click -> {
            Set<IssueListItem> chosen = grid.getSelectedItems();
            close();
            onCarry.accept(chosen);
        });
        carry.addThemeVariants(ButtonVariant.PRIMARY);
        carry.setEnabled(false);
        grid.addSelectionListener(event -> carry.setEnabled(!event.getAllSelectedItems().isEmpty()));
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), carry);
        setWidth("60rem");
    }
}
