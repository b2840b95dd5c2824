package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentDetails.CheckInEntry;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * Every check-in of a commitment, newest quarter first; a check-in superseded by a later one for the same quarter
 * stays visible, marked as such. Each row opens its evidence files.
 */
class CheckInHistory extends Grid<CheckInEntry> {

    private static final String KEY = "commitment.CheckInHistory.";
    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    CheckInHistory(CommitmentDetails commitment, Map<Long, AgencySummary> agencies, CriterionLabels labels,
                   BiConsumer<CommitmentDetails, Long> openEvidence) {
        addClassName("commitment-history");
        addColumn(e -> "Q" + e.quarter() + "/" + e.year()).setHeader(getTranslation(KEY + "quarter")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> CommitmentTexts.unitName(commitment.unit(e.unitId()), agencies, getLocale()))
                .setHeader(getTranslation(KEY + "unit")).setFlexGrow(1);
        addColumn(e -> commitment.criterion(e.criterionId()).name()).setHeader(getTranslation(KEY + "criterion")).setFlexGrow(2);
        addColumn(e -> value(commitment, e)).setHeader(getTranslation(KEY + "value")).setAutoWidth(true);
        addColumn(e -> getTranslation(e.status().labelKey()) + (e.current() ? "" : " · " + getTranslation(KEY + "superseded")))
                .setHeader(getTranslation(KEY + "status")).setAutoWidth(true);
        addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation(KEY + "note")).setFlexGrow(2);
        addColumn(e -> e.recordedByName() + ", " + LocaleFormats.date(e.recordedAt().atZone(PROVINCE_TIME).toLocalDate(), getLocale())
                + " " + DateTimeFormatter.ofPattern("HH:mm").format(e.recordedAt().atZone(PROVINCE_TIME)))
                .setHeader(getTranslation(KEY + "recorded")).setFlexGrow(1);
        addComponentColumn(e -> evidenceButton(commitment, e, openEvidence)).setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(e -> e.current() ? null : "superseded");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation(KEY + "empty"));
        setItems(commitment.checkIns().stream().sorted(Comparator.comparing(CheckInEntry::year)
                .thenComparing(CheckInEntry::quarter).thenComparing(CheckInEntry::recordedAt).reversed()).toList());
    }

    private String value(CommitmentDetails commitment, CheckInEntry entry) {
        String unit = commitment.criterion(entry.criterionId()).unit();
        String value = entry.value() == null ? getTranslation(KEY + "noValue") : CommitmentTexts.figure(entry.value(), getLocale()) + " " + unit;
        return entry.computed() ? value + " (" + getTranslation(KEY + "computed") + ")" : value;
    }

    private Component evidenceButton(CommitmentDetails commitment, CheckInEntry entry, BiConsumer<CommitmentDetails, Long> open) {
        Button button = new Button(getTranslation(KEY + "evidence"), VaadinIcon.PAPERCLIP.create(),
                click -> open.accept(commitment, entry.id()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("check-in-evidence");
        return button;
    }
}
