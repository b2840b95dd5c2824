package vn.pcitracker.issue;

/** An answer given at the dialogue itself, or in writing with a document number and date. */
public enum AnswerKind { ON_SPOT, WRITTEN }
