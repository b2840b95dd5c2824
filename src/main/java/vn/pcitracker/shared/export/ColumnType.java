package vn.pcitracker.shared.export;

/** What a column holds, which decides how a cell is written: a number cell, a date cell or text. */
public enum ColumnType { TEXT, INTEGER, DECIMAL, DATE }
