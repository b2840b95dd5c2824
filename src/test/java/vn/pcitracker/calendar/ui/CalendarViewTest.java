package vn.pcitracker.calendar.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.shared.export.ExportFiles;

class CalendarViewTest extends ViewTestBase {

    private CalendarView view;

    @BeforeEach
    void openAsLeader() {
        signInAs("leader");
        view = navigateTo(CalendarView.class);
    }

    @Test
    void year2026ListsTheFiveTetDaysFrom16To20February() {
        _setValue(_get(view, IntegerField.class, spec -> spec.withLabel("Năm")), 2026);

        CalendarGrid grid = _get(view, CalendarGrid.class);
        List<Integer> tet = IntStream.range(0, rows(grid).size())
                .filter(index -> rows(grid).get(index).nameVi().startsWith("Tết Nguyên đán")).boxed().toList();
        assertThat(tet).extracting(index -> _getFormattedRow(grid, index).getFirst())
                .containsExactly("16/02/2026", "17/02/2026", "18/02/2026", "19/02/2026", "20/02/2026");
    }

    /**
     * Counted by hand from data/reference/calendar_days.csv: 2026 has 261 weekdays (52 weeks and a Thursday);
     * 12 of them are off (1 and 2 January, Tet's five days, 27 April in lieu of Sunday the 26th, 30 April,
     * 1 May, 1 and 2 September) and Saturday 10 January is worked: 261 - 12 + 1 = 250.
     */
    @Test
    void year2026ShowsItsNumberOfWorkingDays() {
        _setValue(_get(view, IntegerField.class, spec -> spec.withLabel("Năm")), 2026);

        assertThat(spanStartingWith("Số ngày làm việc năm 2026").getText()).isEqualTo("Số ngày làm việc năm 2026: 250");
    }

    @Test
    void theDeadlineCalculatorSkipsTetAndTheWeekend() {
        // Received Friday 13 February 2026: Tet closes 16-20 February, then the weekend; the third working
        // day after it is Wednesday 25 February.
        _setValue(_get(view, DatePicker.class, spec -> spec.withLabel("Ngày tiếp nhận")), LocalDate.of(2026, 2, 13));
        _setValue(_get(view, IntegerField.class, spec -> spec.withLabel("Số ngày làm việc")), 3);

        assertThat(spanStartingWith("Hạn xử lý:").getText()).isEqualTo("Hạn xử lý: 25/02/2026");
    }

    @Test
    void theExcelFileHoldsOnlyTheDaysOfTheYearShownAsDateCells() {
        _setValue(_get(view, IntegerField.class, spec -> spec.withLabel("Năm")), 2026);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Ngày", "Thứ", "Loại", "Tên", "Xác nhận", "Nguồn");
        List<LocalDate> days = rows.subList(1, rows.size()).stream().map(row -> ExportFiles.dateCell(row, 0)).toList();
        assertThat(days).contains(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 16))
                .allSatisfy(day -> assertThat(day.getYear()).isEqualTo(2026));
        Row saturday = rows.get(1 + days.indexOf(LocalDate.of(2026, 1, 10)));
        assertThat(ExportFiles.texts(saturday)).containsSequence("Ngày làm bù", "Làm bù cho ngày nghỉ 02/01/2026");
    }

    @Test
    void theCsvInEnglishHasEnglishHeadersNamesAndIsoDates() {
        reloadIn(Locale.ENGLISH);
        view = navigateTo(CalendarView.class);
        _setValue(_get(view, IntegerField.class, spec -> spec.withLabel("Year")), 2026);

        List<List<String>> csv = ExportFiles.csv(view::export);

        assertThat(csv.getFirst()).containsExactly("Date", "Weekday", "Kind", "Name", "Confirmation", "Source");
        assertThat(csv).contains(List.of("2026-01-10", "Saturday", "Weekend working day",
                "Worked in exchange for 2 January 2026", "Unconfirmed", ""));
    }

    private Span spanStartingWith(String prefix) {
        return _get(view, Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith(prefix)));
    }
}
