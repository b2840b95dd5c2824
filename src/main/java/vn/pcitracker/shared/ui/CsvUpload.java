package vn.pcitracker.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload field of a CSV import: one {@code .csv} file at a time, its texts in the user's language from the
 * importing view's keys {@code <keyPrefix>addFile}, {@code dropFile}, {@code tooBig}, {@code notCsv} and
 * {@code oneFile}, cleared once the file is handed over.
 */
public final class CsvUpload {

    private CsvUpload() {
    }

    public static Upload create(UploadHandler handler, Component owner, String keyPrefix) {
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation(keyPrefix + "addFile"))
                        .setMany(owner.getTranslation(keyPrefix + "addFile")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation(keyPrefix + "dropFile"))
                        .setMany(owner.getTranslation(keyPrefix + "dropFile")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(owner.getTranslation(keyPrefix + "tooBig"))
                        .setIncorrectFileType(owner.getTranslation(keyPrefix + "notCsv"))
                        .setTooManyFiles(owner.getTranslation(keyPrefix + "oneFile"))));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }
}
