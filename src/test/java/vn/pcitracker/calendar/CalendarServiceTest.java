package vn.pcitracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.calendar.domain.CalendarDayRepository;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.ValidationException.Violation;

@SpringBootTest
class CalendarServiceTest {

    /** 2030 has no reference data, so the days these tests add never meet the CSV's. */
    private static final LocalDate FRIDAY = LocalDate.of(2030, 3, 1);
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    private static final LocalDate TUESDAY = LocalDate.of(2030, 3, 5);

    @Autowired
    private CalendarService service;
    @Autowired
    private WorkingDayCalendar calendar;
    @Autowired
    private ReferenceDataService referenceData;
    @Autowired
    private CalendarDayRepository repository;

    @AfterEach
    void removeTheDaysOf2030() {
        repository.deleteAll(repository.findAll().stream().filter(day -> day.getDay().getYear() == 2030).toList());
        calendar.onCalendarChanged(new CalendarChanged());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theReferenceCalendarIsLoadedAtStartAndLoadingItAgainChangesNothing() throws IOException {
        assertThat(calendar.entries(2026)).extracting(CalendarEntry::day)
                .contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 9, 2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("day in lieu of 1 May 2027").isFalse();

        LoadResult again = calendarResult(referenceData.reload());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged() + again.keptLocalEdits()).isEqualTo(rowsInReferenceFile());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void ofTwoAdministratorsEditingTheSameDayTheSecondIsRefusedAndTheFirstEditKept() {
        CalendarEntry read = service.add(new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Nghỉ thử", null, true, null));
        service.update(read, new CalendarEntry(MONDAY, DayKind.HOLIDAY, "Bản sửa thứ nhất", null, true, null));

        assertThatThrownBy(() -> service.update(read, new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Bản sửa thứ hai", null, true, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(calendar.entries(2030)).extracting(CalendarEntry::nameVi).containsExactly("Bản sửa thứ nhất");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorAddsEditsAndRemovesADay() {
        service.add(new CalendarEntry(MONDAY, DayKind.DAY_OFF, " Nghỉ thử ", null, false, null));
        assertThat(calendar.entries(2030)).containsExactly(
                new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Nghỉ thử", null, false, null));

        service.update(new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Nghỉ thử", null, false, null),
                new CalendarEntry(MONDAY, DayKind.HOLIDAY, "Ngày lễ thử", "Test holiday", true, null));
        assertThat(calendar.entries(2030)).containsExactly(
                new CalendarEntry(MONDAY, DayKind.HOLIDAY, "Ngày lễ thử", "Test holiday", true, null));

        service.update(new CalendarEntry(MONDAY, DayKind.HOLIDAY, "Ngày lễ thử", "Test holiday", true, null),
                new CalendarEntry(TUESDAY, DayKind.HOLIDAY, "Ngày lễ thử", "Test holiday", true, null));
        assertThat(calendar.entries(2030)).extracting(CalendarEntry::day).containsExactly(TUESDAY);

        service.remove(TUESDAY);
        assertThat(calendar.entries(2030)).isEmpty();
        assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theCalendarCountsWithADayAsSoonAsItIsAdded() {
        assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);

        service.add(new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Nghỉ thử", null, true, null));

        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
        assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(TUESDAY);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDateAlreadyRecordedIsRefusedWithTheDuplicateKeyAndNothingIsSaved() {
        service.add(new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Lần đầu", null, true, null));

        assertThatThrownBy(() -> service.add(new CalendarEntry(MONDAY, DayKind.HOLIDAY, "Lần hai", null, true, null)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(v -> ((Violation) v).messageKey()).containsExactly("calendar.CalendarService.duplicateDay");
        assertThat(calendar.entries(2030)).extracting(CalendarEntry::nameVi).containsExactly("Lần đầu");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void missingAndOverlongFieldsAreAllReportedAndNothingIsSaved() {
        CalendarEntry broken = new CalendarEntry(null, null, "  ", "x".repeat(201), true, null);

        assertThatThrownBy(() -> service.add(broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("day", "shared.validation.required"),
                                org.assertj.core.groups.Tuple.tuple("kind", "shared.validation.required"),
                                org.assertj.core.groups.Tuple.tuple("nameVi", "shared.validation.required"),
                                org.assertj.core.groups.Tuple.tuple("nameEn", "shared.validation.tooLong")));
        assertThat(calendar.entries(2030)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aWorkingDayOnAWeekdayIsRefusedBecauseItChangesNothing() {
        assertThatThrownBy(() -> service.add(new CalendarEntry(MONDAY, DayKind.WORKING_DAY, "Làm bù", null, true, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("calendar.CalendarService.workingDayOnWeekday"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aReferenceDayAnAdministratorRemovedStaysRemovedAfterAReload() {
        LocalDate assumedNationalDay = LocalDate.of(2027, 9, 3);
        service.remove(assumedNationalDay);

        LoadResult reload = calendarResult(referenceData.reload());

        assertThat(reload.keptLocalEdits()).isPositive();
        assertThat(calendar.entries(2027)).extracting(CalendarEntry::day).doesNotContain(assumedNationalDay);
        assertThat(calendar.isWorkingDay(assumedNationalDay)).isTrue();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsTheCalendarButCannotChangeIt() {
        CalendarEntry entry = new CalendarEntry(MONDAY, DayKind.DAY_OFF, "Nghỉ thử", null, true, null);

        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThatThrownBy(() -> service.add(entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(entry, entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove(LocalDate.of(2026, 1, 1))).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByDay(MONDAY)).isEmpty();
        assertThat(repository.findByDay(LocalDate.of(2026, 1, 1))).hasValueSatisfying(day -> assertThat(day.isRemoved()).isFalse());
    }

    @Test
    void withoutLoginTheCalendarCannotBeRead() {
        assertThatThrownBy(() -> calendar.isWorkingDay(MONDAY))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static LoadResult calendarResult(List<LoadResult> results) {
        return results.stream().filter(result -> result.dataSet().equals("calendar_days")).findFirst().orElseThrow();
    }

    private static long rowsInReferenceFile() throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource("data/" + CalendarReferenceData.FILE)
                .getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                    .parse(reader).stream().count();
        }
    }
}
