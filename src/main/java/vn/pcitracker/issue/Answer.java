package vn.pcitracker.issue;

import java.time.LocalDate;

/** The lead agency's answer; a written one needs its document number and date. */
public record Answer(AnswerKind kind, String text, String documentNumber, LocalDate documentDate) {
}
