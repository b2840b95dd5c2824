package vn.pcitracker.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.shared.export.ExportFiles.column;
import static vn.pcitracker.shared.export.ExportFiles.dateCell;
import static vn.pcitracker.shared.export.ExportFiles.header;
import static vn.pcitracker.shared.export.ExportFiles.rowWith;
import static vn.pcitracker.shared.export.ExportFiles.values;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.organization.AssociationForm;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseForm;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportFiles;

/** The three registers export what their grids list: the search, retired records only when asked for. */
class RegisterExportViewTest extends ViewTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired ApplicationContext context;
    @Autowired EnterpriseService enterprises;
    @Autowired AssociationService associations;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAgenciesFileHoldsTheSearchAndARetiredAgencyOnlyWhenAskedWithItsEndAsADateCell() {
        signInAs("admin");
        AgencyListView view = navigateTo(AgencyListView.class);
        search(view, "so giao thong van tai");
        assertThat(values(ExportFiles.xlsx(view::export), "Mã")).doesNotContain("S-GTVT");

        _setValue(_get(view, Checkbox.class), true);
        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(header(rows)).startsWith("Mã", "Tên tiếng Việt", "Tên tiếng Anh", "Loại", "Đơn vị cấp trên",
                "Hiệu lực từ ngày", "Hiệu lực đến ngày", "Đơn vị kế thừa", "Trạng thái");
        Row transport = rowWith(rows, "Mã", "S-GTVT");
        assertThat(dateCell(transport, column(rows, "Hiệu lực đến ngày"))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(transport.getCellText(column(rows, "Đơn vị kế thừa"))).isEqualTo("Sở Xây dựng");
        assertThat(transport.getCellText(column(rows, "Trạng thái"))).isEqualTo("Đã kết thúc");
        assertThat(values(rows, "Mã")).doesNotContain("S-XD");
    }

    @Test
    void theEnterprisesFileLeavesARetiredFirmOutUntilRetiredFirmsAreShownInEnglishToo() {
        EnterpriseSummary active = enterprise("Công ty Xuất khẩu Hải Long " + tag);
        EnterpriseSummary ceased = enterprise("=Công ty Đã ngừng " + tag);
        signInAs("admin");
        enterprises.retire(ceased.id());
        reloadIn(Locale.ENGLISH);
        EnterpriseListView view = navigateTo(EnterpriseListView.class);
        search(view, tag);

        List<List<String>> csv = ExportFiles.csv(view::export);
        assertThat(csv.getFirst()).startsWith("Tax code", "Enterprise", "Sector", "Address");
        assertThat(csv.subList(1, csv.size())).extracting(List::getFirst).containsExactly(active.taxCode());

        _setValue(_get(view, Checkbox.class), true);
        List<Row> rows = ExportFiles.xlsx(view::export);
        Row retired = rowWith(rows, "Tax code", ceased.taxCode());
        assertThat(retired.getCellText(column(rows, "Enterprise"))).isEqualTo("'=Công ty Đã ngừng " + tag);
        assertThat(dateCell(retired, column(rows, "Ceased on"))).isEqualTo(TODAY);
    }

    @Test
    void theAssociationsFileHasBothNamesAndEachContactInAColumn() {
        AssociationSummary association = association("Hiệp hội Thủy sản thử " + tag);
        AssociationSummary other = association("Hiệp hội Dệt may thử " + tag);
        signInAs("admin");
        AssociationListView view = navigateTo(AssociationListView.class);
        search(view, "thuy san thu " + tag);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(header(rows)).startsWith("Mã", "Tên tiếng Việt", "Tên tiếng Anh", "Mã số thuế", "Lĩnh vực",
                "Người liên hệ", "Điện thoại", "Thư điện tử", "Ngày ngừng hoạt động");
        assertThat(values(rows, "Mã")).containsExactly(association.code()).doesNotContain(other.code());
        assertThat(values(rows, "Điện thoại")).containsExactly("0225 3 123 456");
        assertThat(values(rows, "Thư điện tử")).containsExactly("lienhe@" + tag + ".example");
    }

    @Test
    void everyRegisterOffersBothDownloads() {
        signInAs("admin");
        List<Class<? extends Component>> registers = List.of(AgencyListView.class, AssociationListView.class,
                EnterpriseListView.class);
        for (Class<? extends Component> register : registers) {
            assertThat(_find(navigateTo(register), Anchor.class)).extracting(anchor -> anchor.getClassNames().toString())
                    .as(register.getSimpleName())
                    .anySatisfy(names -> assertThat(names).contains("export-xlsx"))
                    .anySatisfy(names -> assertThat(names).contains("export-csv"));
        }
    }

    private static void search(Component view, String text) {
        _setValue(_find(view, TextField.class).getFirst(), text);
    }

    private EnterpriseSummary enterprise(String name) {
        TestLogins.signIn(context, "admin");
        String taxCode = "0297%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        return enterprises.create(new EnterpriseForm(taxCode, name, "Thủy sản", "Phường Hải An", null, null, null));
    }

    private AssociationSummary association(String name) {
        TestLogins.signIn(context, "admin");
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return associations.create(new AssociationForm(code, name, "Test association " + tag, null, "Thủy sản",
                "Trần Văn Bình", "0225 3 123 456", "lienhe@" + tag + ".example"));
    }
}
