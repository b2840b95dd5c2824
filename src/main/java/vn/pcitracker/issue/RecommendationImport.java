package vn.pcitracker.issue;

import java.util.List;
import java.util.Map;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;

/**
 * The recommendations file a dialogue's secretariat fills in (headers in {@code i18n/issue_import.properties}). The
 * inbox export writes the same columns under its own headers (aliases here), so an exported file imports back
 * without mapping by hand: title, content, field, received date, priority, channel, firms with their tax codes,
 * associations, DDCI components and the public flag come back; code, state, lead agency, deadline and the answer do
 * not (an import logs new recommendations, see {@link IssueImportService}).
 */
public final class RecommendationImport {

    public static final String ID = "issue.recommendations";
    static final String KEY = "issue.RecommendationImport.";
    private static final String EXPORT = "issue.IssueExport.";

    public static final String TITLE = "title";
    public static final String CONTENT = "content";
    public static final String FIELD = "field";
    public static final String RECEIVED_ON = "receivedOn";
    public static final String PRIORITY = "priority";
    public static final String CHANNEL = "channel";
    public static final String ENTERPRISES = "enterprises";
    public static final String TAX_CODES = "taxCodes";
    public static final String ASSOCIATIONS = "associations";
    public static final String DDCI = "ddci";
    public static final String AGENCY = "agency";
    public static final String PUBLIC = "isPublic";

    /** Several firms, associations or DDCI components in one cell are separated by this. */
    public static final String SEPARATOR = ";";

    public static final ImportDefinition DEFINITION = ImportDefinition.of(ID, KEY + "name", List.of(
            ImportColumn.required(TITLE, header(TITLE)).withAliases(EXPORT + "title"),
            ImportColumn.required(CONTENT, header(CONTENT)),
            ImportColumn.required(FIELD, header(FIELD)).withAliases(EXPORT + "field"),
            ImportColumn.optional(RECEIVED_ON, header(RECEIVED_ON)).withAliases(EXPORT + "received"),
            ImportColumn.optional(PRIORITY, header(PRIORITY)).withAliases(EXPORT + "priority"),
            ImportColumn.optional(CHANNEL, header(CHANNEL)).withAliases(EXPORT + "channel"),
            ImportColumn.optional(ENTERPRISES, header(ENTERPRISES)),
            ImportColumn.optional(TAX_CODES, header(TAX_CODES)),
            ImportColumn.optional(ASSOCIATIONS, header(ASSOCIATIONS)),
            ImportColumn.optional(DDCI, header(DDCI)),
            ImportColumn.optional(AGENCY, header(AGENCY)),
            ImportColumn.optional(PUBLIC, header(PUBLIC))),
            List.of(
                    Map.of(TITLE, "Thời gian giao đất cho dự án trong khu công nghiệp kéo dài",
                            CONTENT, "Doanh nghiệp đề nghị rút ngắn thời gian giao đất, cho thuê đất đối với dự án đã"
                                    + " có quyết định chủ trương đầu tư.",
                            FIELD, "Đất đai", RECEIVED_ON, "18/09/2025", PRIORITY, "Cao",
                            ENTERPRISES, "Công ty TNHH Mẫu Nhập Liệu Một", TAX_CODES, "0299000109",
                            ASSOCIATIONS, "Hiệp hội Doanh nghiệp thành phố Hải Phòng", PUBLIC, "Có"),
                    Map.of(TITLE, "Hướng dẫn hoàn thuế giá trị gia tăng cho hàng xuất khẩu",
                            CONTENT, "Đề nghị Sở Tài chính hướng dẫn thống nhất hồ sơ hoàn thuế GTGT.",
                            FIELD, "Thuế", ENTERPRISES, "Công ty TNHH Mẫu Nhập Liệu Một; Công ty CP Mẫu Nhập Liệu Hai",
                            TAX_CODES, "0299000109; 0299000116", PUBLIC, "Không")));

    private RecommendationImport() {
    }

    /** The translation key of a column's header in the template. */
    public static String header(String columnId) {
        return KEY + columnId;
    }
}
