package vn.pcitracker.shared.export;

/** The two file formats a list can be exported to. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** {@code baseName.extension}, e.g. {@code kien-nghi.xlsx}. */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }
}
