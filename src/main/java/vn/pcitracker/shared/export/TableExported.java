package vn.pcitracker.shared.export;

/**
 * A list was exported through {@link ExportDownload}: published after the file was written, in the download's
 * request, so the audit knows who took which list and when.
 *
 * @param fileName the file's name as downloaded, e.g. {@code kien-nghi.xlsx}
 */
public record TableExported(String fileName, ExportFormat format) {
}
