package vn.pcitracker.referencedata;

/** A data file that cannot be loaded, with the file and line to fix. */
public class ReferenceDataException extends RuntimeException {

    private final String file;
    private final long line;

    public ReferenceDataException(String file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
