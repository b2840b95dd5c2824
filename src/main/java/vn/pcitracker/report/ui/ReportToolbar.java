package vn.pcitracker.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.pcitracker.report.MonthlyReport;
import vn.pcitracker.report.MonthlyReportWorkbook;
import vn.pcitracker.report.ReportPeriod;
import vn.pcitracker.report.ReportTexts;
import vn.pcitracker.shared.export.ExportDownload;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * Above the report, left out of print: the kind of period and the period (the running one and those before it), the
 * Excel workbook of the report on screen, and print.
 */
final class ReportToolbar {

    private static final String KEY = "report.ReportToolbar.";
    /** How many periods of each kind may be chosen, the running one included. */
    private static final int MONTHS = 24;
    private static final int QUARTERS = 12;
    private static final int YEARS = 6;

    private final MonthlyReport report;
    private final ReportTexts texts;
    private final LocalDate today;
    private final I18NProvider translations;
    private final Consumer<ReportPeriod> choose;

    ReportToolbar(MonthlyReport report, ReportTexts texts, LocalDate today, I18NProvider translations,
                  Consumer<ReportPeriod> choose) {
        this.report = report;
        this.texts = texts;
        this.today = today;
        this.translations = translations;
        this.choose = choose;
    }

    Div bar() {
        Select<ReportPeriod.Kind> kind = new Select<>();
        kind.setLabel(texts.text(KEY + "kind"));
        kind.setItems(ReportPeriod.Kind.values());
        kind.setItemLabelGenerator(value -> texts.text(KEY + value.name()));
        kind.setValue(report.period().kind());
        kind.addClassName("report-kind");
        Select<ReportPeriod> period = new Select<>();
        period.setLabel(texts.text(KEY + "period"));
        period.setItems(choices(report.period().kind()));
        period.setItemLabelGenerator(texts::periodCapitalised);
        period.setValue(report.period());
        period.addClassName("report-period");
        kind.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                // The latest period of that kind that has ended.
                choose.accept(choices(change.getValue()).get(1));
            }
        });
        period.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose.accept(change.getValue());
            }
        });
        Div bar = new Div(kind, period, excel(), print());
        bar.addClassName("report-toolbar");
        return bar;
    }

    private List<ReportPeriod> choices(ReportPeriod.Kind kind) {
        int count = switch (kind) {
            case MONTH -> MONTHS;
            case QUARTER -> QUARTERS;
            case YEAR -> YEARS;
        };
        return ReportPeriod.choices(kind, today, count);
    }

    /** The workbook of the report on screen, in the reader's language, written when clicked. */
    private Anchor excel() {
        Locale locale = texts.locale();
        MonthlyReport onScreen = report;
        String fileName = MonthlyReportWorkbook.fileName(onScreen, texts);
        Anchor anchor = new Anchor(ExportDownload.handler(ExportFormat.XLSX, fileName, (format, out) ->
                MonthlyReportWorkbook.write(onScreen, ReportTexts.of(translations, locale), out)), "");
        Button button = new Button(texts.text(KEY + "excel"), VaadinIcon.FILE_TABLE.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.addClassName("report-excel");
        return anchor;
    }

    private Button print() {
        Button print = new Button(texts.text(KEY + "print"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("report-print");
        return print;
    }
}
