package vn.pcitracker.attachment;

import java.util.List;

/** The kinds of file the product accepts, with the media type sent on download and the extensions they may carry. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    TEXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Lower case, without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean fits(String extension) {
        return extensions.contains(extension);
    }

    /** Every accepted extension with its dot, for an upload field's file chooser. */
    public static String[] acceptedExtensions() {
        return java.util.Arrays.stream(values()).flatMap(type -> type.extensions.stream()).map(ext -> "." + ext)
                .toArray(String[]::new);
    }
}
