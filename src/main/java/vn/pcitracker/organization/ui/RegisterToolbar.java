package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The toolbar of a register (agencies, associations, enterprises): diacritics-free search, "show retired",
 * and New / Edit / Retire acting on the grid's selection. Texts come from {@code <key>search},
 * {@code showRetired}, {@code new}, {@code edit}, {@code retire}.
 */
final class RegisterToolbar<T> extends HorizontalLayout {

    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private final Grid<T> grid;
    private final Predicate<T> retirable;

    RegisterToolbar(String key, Grid<T> grid, Predicate<T> retirable, Runnable refresh, Runnable create,
                    Consumer<T> editSelected, Consumer<T> retireSelected) {
        this.grid = grid;
        this.retirable = retirable;
        search.setPlaceholder(getTranslation(key + "search"));
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh.run());
        showRetired.setLabel(getTranslation(key + "showRetired"));
        showRetired.addValueChangeListener(event -> refresh.run());
        Button createButton = new Button(getTranslation(key + "new"), click -> create.run());
        edit.setText(getTranslation(key + "edit"));
        edit.addClickListener(click -> onSelected(editSelected));
        retire.setText(getTranslation(key + "retire"));
        retire.addClickListener(click -> onSelected(retireSelected));
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        add(search, showRetired, createButton, edit, retire);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    /** Fills the search, as a link with {@code ?q=} does. */
    void search(String text) {
        search.setValue(text);
    }

    String searchText() {
        return search.getValue();
    }

    boolean includeRetired() {
        return showRetired.getValue();
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
