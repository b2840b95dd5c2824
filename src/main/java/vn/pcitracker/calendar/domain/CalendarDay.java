package vn.pcitracker.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.pcitracker.calendar.CalendarEntry;
import vn.pcitracker.calendar.DayKind;
import vn.pcitracker.shared.domain.AbstractEntity;

/** An exception to the Monday-Friday week, keyed by its date. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends AbstractEntity {

    @Column(name = "day", nullable = false, unique = true)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "name_vi", nullable = false, length = CalendarEntry.NAME_MAX_LENGTH)
    private String nameVi;

    @Column(name = "name_en", length = CalendarEntry.NAME_MAX_LENGTH)
    private String nameEn;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    @Column(name = "source_url", length = CalendarEntry.SOURCE_URL_MAX_LENGTH)
    private String sourceUrl;

    /** Set by every administrator's change; the reference loader leaves such rows alone. */
    @Column(name = "edited_locally", nullable = false)
    private boolean editedLocally;

    /** A deleted day is kept as removed, so that reloading the reference CSV does not resurrect it. */
    @Column(name = "removed", nullable = false)
    private boolean removed;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String nameVi) {
        this.day = day;
        this.kind = kind;
        this.nameVi = nameVi;
        this.confirmed = true;
    }

    /** Copies every field of {@code entry}; returns whether anything changed. */
    public boolean apply(CalendarEntry entry) {
        CalendarEntry before = toEntry();
        day = entry.day();
        kind = entry.kind();
        nameVi = entry.nameVi();
        nameEn = entry.nameEn();
        confirmed = entry.confirmed();
        sourceUrl = entry.sourceUrl();
        return !before.equals(toEntry()) || removed;
    }

    public void markEditedLocally() {
        editedLocally = true;
        removed = false;
    }

    public void markRemoved() {
        editedLocally = true;
        removed = true;
    }

    public CalendarEntry toEntry() {
        return new CalendarEntry(day, kind, nameVi, nameEn, confirmed, sourceUrl);
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public boolean isEditedLocally() {
        return editedLocally;
    }

    public boolean isRemoved() {
        return removed;
    }
}
