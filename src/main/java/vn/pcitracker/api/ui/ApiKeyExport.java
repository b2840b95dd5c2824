package vn.pcitracker.api.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.pcitracker.api.ApiKeySummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The issued API keys to Excel or CSV: who holds each, its limit, who issued and revoked it and when. Only what
 * {@link ApiKeySummary} carries, which is never the key nor its hash, only the first characters the grid shows.
 */
final class ApiKeyExport {

    static final String FILE_NAME = "khoa-api";

    private static final String KEY = "api.ApiKeyExport.";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<ApiKeySummary> table;

    /** @param associationNames every association's name by id */
    ApiKeyExport(Component owner, Locale locale, Map<Long, String> associationNames) {
        this.locale = locale;
        String active = owner.getTranslation(locale, KEY + "active");
        String revoked = owner.getTranslation(locale, KEY + "revoked");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "label", 36, ApiKeySummary::label),
                ExportColumn.text(KEY + "association", 40, key -> key.associationId() == null ? ""
                        : associationNames.getOrDefault(key.associationId(), "")),
                ExportColumn.text(KEY + "channel", 24, ApiKeySummary::channelName),
                ExportColumn.text(KEY + "prefix", 14, ApiKeySummary::keyPrefix),
                ExportColumn.integer(KEY + "limit", 14, ApiKeySummary::requestsPerMinute),
                ExportColumn.date(KEY + "createdOn", 12, key -> day(key.createdAt())),
                ExportColumn.text(KEY + "createdBy", 16, ApiKeySummary::createdBy),
                ExportColumn.date(KEY + "revokedOn", 12, key -> day(key.revokedAt())),
                ExportColumn.text(KEY + "revokedBy", 16, ApiKeySummary::revokedBy),
                ExportColumn.text(KEY + "status", 14, key -> key.revoked() ? revoked : active));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the keys listed; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<ApiKeySummary> keys) {
        table.write(format, keys.stream(), out, locale, texts);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(PROVINCE).toLocalDate();
    }
}
