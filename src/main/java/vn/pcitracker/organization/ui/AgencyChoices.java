package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.pcitracker.organization.AgencySummary;

/**
 * Picking successors: one primary (where reports roll up to) plus any others, because a multi-select keeps
 * no order and the order matters.
 */
final class AgencyChoices {

    private AgencyChoices() {
    }

    static ComboBox<AgencySummary> single(String label, Collection<AgencySummary> agencies, Locale locale) {
        ComboBox<AgencySummary> box = new ComboBox<>(label, agencies);
        box.setItemLabelGenerator(agency -> agency.name(locale) + " (" + agency.code() + ")");
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    static MultiSelectComboBox<AgencySummary> multiple(String label, Collection<AgencySummary> agencies, Locale locale) {
        MultiSelectComboBox<AgencySummary> box = new MultiSelectComboBox<>(label, agencies);
        box.setItemLabelGenerator(agency -> agency.name(locale) + " (" + agency.code() + ")");
        box.setWidthFull();
        return box;
    }

    static void show(List<Long> successorIds, Map<Long, AgencySummary> byId,
                     ComboBox<AgencySummary> primary, MultiSelectComboBox<AgencySummary> others) {
        List<AgencySummary> successors = successorIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        primary.setValue(successors.isEmpty() ? null : successors.getFirst());
        others.setValue(successors.isEmpty() ? List.of() : successors.subList(1, successors.size()));
    }

    /** Primary first; another successor chosen twice counts once. */
    static List<Long> read(ComboBox<AgencySummary> primary, MultiSelectComboBox<AgencySummary> others) {
        List<Long> ids = new ArrayList<>();
        if (primary.getValue() != null) {
            ids.add(primary.getValue().id());
        }
        others.getValue().stream().map(AgencySummary::id).sorted().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    static String names(List<Long> ids, Map<Long, AgencySummary> byId, Locale locale) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(a -> a.name(locale))
                .collect(Collectors.joining(", "));
    }
}
