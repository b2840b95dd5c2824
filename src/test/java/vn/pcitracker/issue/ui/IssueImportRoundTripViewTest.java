package vn.pcitracker.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.ImportTarget;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueImportService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.issue.RecommendationImport;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSession;
import vn.pcitracker.shared.importing.ImportSessions;

/**
 * The inbox export imported back recreates the recommendations: title, content, field, received date, priority,
 * channel, firms and associations (submitters first), DDCI components and the public flag; the file's headers map
 * by themselves, in either language, and the export's lead agency is not taken for an assignment.
 */
class IssueImportRoundTripViewTest extends ViewTestBase {

    private static final List<String> ROUND_TRIP = List.of(RecommendationImport.TITLE, RecommendationImport.CONTENT,
            RecommendationImport.FIELD, RecommendationImport.RECEIVED_ON, RecommendationImport.PRIORITY,
            RecommendationImport.CHANNEL, RecommendationImport.ENTERPRISES, RecommendationImport.TAX_CODES,
            RecommendationImport.ASSOCIATIONS, RecommendationImport.DDCI, RecommendationImport.PUBLIC);

    @Autowired IssueService issues;
    @Autowired IssueImportService imports;
    @Autowired ImportSessions sessions;
    @Autowired IssueFieldService fields;
    @Autowired EnterpriseService enterprises;
    @Autowired AssociationService associations;
    @Autowired DdciService ddci;

    @Test
    void anExcelExportInVietnameseImportsBackAsTheSameRecommendations() {
        roundTrip(ExportFormat.XLSX, null);
    }

    @Test
    void aCsvExportInEnglishImportsBackAsTheSameRecommendations() {
        roundTrip(ExportFormat.CSV, Locale.ENGLISH);
    }

    private void roundTrip(ExportFormat format, Locale language) {
        String tag = IssueFixtures.unique();
        signInAs("investment");
        List<IssueDetails> originals = originals(tag);
        if (language != null) {
            reloadIn(language);
        }
        IssueInboxView view = navigateTo(IssueInboxView.class);
        _setValue(_find(view, TextField.class).getFirst(), tag);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        view.export(format, file);
        originals.forEach(issue -> issues.withdraw(issue.id(), "Nhập lại từ tệp xuất", issue.version()));

        ImportSession session = sessions.open(RecommendationImport.DEFINITION, file.toByteArray(),
                "kien-nghi." + format.extension());
        ImportResult result = session.commit((rows, progress) -> imports.importAll(rows,
                ImportTarget.channel(IssueChannel.IMPORT), progress), (done, total) -> { });

        assertThat(ROUND_TRIP).allSatisfy(column -> assertThat(session.mapping().indexOf(column)).as(column).isNotNegative());
        assertThat(session.mapping().indexOf(RecommendationImport.AGENCY)).isNegative();
        assertThat(result.problems()).isEmpty();
        List<IssueDetails> copies = result.links().stream()
                .map(link -> issues.find(Long.parseLong(link.location().substring("issues/".length()))).orElseThrow())
                .sorted(Comparator.comparing(IssueDetails::title)).toList();
        assertThat(copies).hasSameSizeAs(originals);
        for (int i = 0; i < copies.size(); i++) {
            assertSame(originals.get(i), copies.get(i));
        }
    }

    private static void assertSame(IssueDetails original, IssueDetails copy) {
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy).usingRecursiveComparison()
                .comparingOnlyFields("title", "content", "field.id", "receivedOn", "priority", "channel", "parties",
                        "ddciComponentIds", "isPublic")
                .isEqualTo(original);
        assertThat(copy.state()).isEqualTo(vn.pcitracker.issue.IssueState.RECEIVED);
    }

    /** Three recommendations as different as the export allows, sorted by title. */
    private List<IssueDetails> originals(String tag) {
        long construction = fields.fields().stream().filter(f -> f.code().equals("CONSTRUCTION")).findFirst().orElseThrow().id();
        long tax = fields.fields().stream().filter(f -> f.code().equals("TAX")).findFirst().orElseThrow().id();
        long firm = enterprises.findByTaxCode("0299000006").orElseThrow().id();
        long otherFirm = enterprises.findByTaxCode("0299000001").orElseThrow().id();
        long association = associations.findByCode("HHDN-HP").orElseThrow().id();
        long otherAssociation = associations.findByCode("HDNT-HP").orElseThrow().id();
        List<Long> components = ddci.catalogues().stream()
                .flatMap(catalogue -> ddci.components(catalogue.id()).stream()).map(c -> c.id()).toList();
        return List.of(
                issues.create(new NewIssue("A. Cấp phép xây dựng nhà xưởng " + tag,
                        "Doanh nghiệp phản ánh: \"hồ sơ\" nộp ba lần,\nvẫn chưa có kết quả; đề nghị rút ngắn.",
                        IssueChannel.DOCUMENT, null, construction, IssuePriority.HIGH, List.of(firm, otherFirm),
                        List.of(association, otherAssociation), Set.of(components.get(0), components.get(6)), true,
                        LocalDate.of(2026, 2, 3))),
                issues.create(new NewIssue("=B. Hoàn thuế chậm " + tag, "Nội dung ngắn", IssueChannel.HOTLINE, null, tax,
                        IssuePriority.URGENT, List.of(), List.of(), Set.of(), false, LocalDate.of(2025, 12, 31))),
                issues.create(new NewIssue("C. Thủ tục đất đai " + tag, "Nội dung", IssueChannel.EMAIL, null, tax,
                        IssuePriority.LOW, List.of(otherFirm), List.of(), Set.of(components.get(1)), false, null)))
                .stream().sorted(Comparator.comparing(IssueDetails::title)).toList();
    }
}
