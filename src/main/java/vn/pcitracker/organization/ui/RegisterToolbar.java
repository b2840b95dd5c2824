package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import vn.pcitracker.shared.export.ExportButtons;
import java.util.function.Predicate;

/**
 * The toolbar of a register (agencies, associations, enterprises): diacritics-free search, "show retired",
 * and New / Edit / Retire acting on the grid's selection. Texts come from {@code <key>search},
 * {@code showRetired}, {@code new}, {@code edit}, {@code retire}. The search applied last is kept for the export
 * buttons, whose download reads it outside the UI's lock.
 */
final class RegisterToolbar<T> extends HorizontalLayout {

    /** What the grid lists: the search text and whether retired records are included. */
    record Search(String text, boolean includeRetired) {
    }

    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private final Grid<T> grid;
    private final Predicate<T> retirable;
    private volatile Search applied = new Search("", false);

    RegisterToolbar(String key, Grid<T> grid, Predicate<T> retirable, Runnable refresh, Runnable create,
                    Consumer<T> editSelected, Consumer<T> retireSelected) {
        this.grid = grid;
        this.retirable = retirable;
        search.setPlaceholder(getTranslation(key + "search"));
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> apply(refresh));
        showRetired.setLabel(getTranslation(key + "showRetired"));
        showRetired.addValueChangeListener(event -> apply(refresh));
        Button createButton = new Button(getTranslation(key + "new"), click -> create.run());
        edit.setText(getTranslation(key + "edit"));
        edit.addClickListener(click -> onSelected(editSelected));
        retire.setText(getTranslation(key + "retire"));
        retire.addClickListener(click -> onSelected(retireSelected));
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        add(search, showRetired, createButton, edit, retire);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    /** The search the grid shows now; safe to read from a download. */
    Search applied() {
        return applied;
    }

    /** Fills the search, as a link with {@code ?q=} does. */
    void search(String text) {
        search.setValue(text);
    }

    String searchText() {
        return search.getValue();
    }

    /** Adds "Xuất Excel" / "Xuất CSV" at the end of the toolbar. */
    void addExport(ExportButtons buttons) {
        add(buttons);
    }

    private void apply(Runnable refresh) {
        applied = new Search(search.getValue(), showRetired.getValue());
        refresh.run();
    }

    void updateButtons() {
        T chosen = grid.asSingleSelect().getValue();
        edit.setEnabled(chosen != null);
        retire.setEnabled(chosen != null && retirable.test(chosen));
    }

    private void onSelected(Consumer<T> action) {
        T chosen = grid.asSingleSelect().getValue();
        if (chosen != null) {
            action.accept(chosen);
        }
    }
}
