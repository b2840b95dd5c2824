package vn.pcitracker.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.pcitracker.calendar.domain.CalendarDay;
import vn.pcitracker.calendar.domain.CalendarDayRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * Upserts {@code data/reference/calendar_days.csv} by date. Days an administrator added, edited or
 * removed are left as they are; nothing is ever deleted here.
 */
@Component
class CalendarReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/calendar_days.csv";

    private final CalendarDayRepository repository;
    private final ApplicationEventPublisher events;

    CalendarReferenceData(CalendarDayRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        Map<LocalDate, CalendarDay> stored = repository.findAll().stream()
                .collect(Collectors.toMap(CalendarDay::getDay, Function.identity()));
        LoadResult.Counter counter = LoadResult.counter("calendar_days");
        Set<LocalDate> seen = new HashSet<>();
        for (CsvRow row : files.read(FILE)) {
            CalendarEntry entry = entry(row);
            if (!seen.add(entry.day())) {
                throw row.problem("day " + entry.day() + " appears twice");
            }
            CalendarDay day = stored.get(entry.day());
            if (day == null) {
                day = new CalendarDay(entry.day(), entry.kind(), entry.nameVi());
                day.apply(entry);
                repository.save(day);
                counter.inserted();
            } else if (day.isEditedLocally()) {
                counter.keptLocalEdit();
            } else {
                counter.updated(day.apply(entry));
            }
        }
        LoadResult result = counter.result();
        if (result.inserted() + result.updated() > 0) {
            events.publishEvent(new CalendarChanged());
        }
        return result;
    }

    private static CalendarEntry entry(CsvRow row) {
        LocalDate date = row.date("day");
        if (date == null) {
            throw row.problem("column 'day' is empty");
        }
        CalendarEntry entry = new CalendarEntry(date, row.enumValue("kind", DayKind.class), row.text("name_vi"),
                row.optional("name_en"), row.bool("confirmed", true), row.optional("source_url"));
        if (!entry.kind().fits(date)) {
            throw row.problem(entry.kind() + " on " + date.getDayOfWeek() + " changes nothing");
        }
        if (entry.nameVi().length() > CalendarEntry.NAME_MAX_LENGTH
                || (entry.nameEn() != null && entry.nameEn().length() > CalendarEntry.NAME_MAX_LENGTH)) {
            throw row.problem("a name is longer than " + CalendarEntry.NAME_MAX_LENGTH + " characters");
        }
        return entry;
    }
}
