package vn.pcitracker.licensing.bottleneck.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.shared.export.ExportFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckListItem;
import vn.pcitracker.licensing.bottleneck.BottleneckQueryService;

class BottleneckRegisterViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired BottleneckQueryService queries;
    @Autowired BottleneckChoices choices;

    @Test
    void theSearchIgnoresDiacriticsAndTheFilterFollowsTheAddressBar() {
        String tag = BottleneckFixtures.unique();
        BottleneckDetails wanted = new BottleneckFixtures(context).recorded("S-XD", "Thẩm định phòng cháy kéo dài " + tag,
                BottleneckCause.SITE_INSPECTION, false);
        signInAs("investment");

        UI.getCurrent().navigate("bottlenecks", QueryParameters.simple(Map.of("q", "tham dinh phong chay keo dai " + tag)));
        BottleneckRegisterView view = _get(BottleneckRegisterView.class);

        assertThat(_get(view, TextField.class).getValue()).isEqualTo("tham dinh phong chay keo dai " + tag);
        assertThat(rows(_get(view, BottleneckGrid.class))).extracting(BottleneckListItem::id).containsExactly(wanted.id());
    }

    @Test
    void theCauseAndAgencyFiltersNarrowTheList() {
        String tag = BottleneckFixtures.unique();
        BottleneckFixtures fixtures = new BottleneckFixtures(context);
        BottleneckDetails land = fixtures.recorded("S-NNMT", "Giao đất " + tag, BottleneckCause.LAND_OR_PLANNING, false);
        fixtures.recorded("S-XD", "Cấp phép " + tag, BottleneckCause.MISSING_DOCUMENTS, false);
        signInAs("investment");
        BottleneckRegisterView view = navigateTo(BottleneckRegisterView.class);
        _setValue(_get(view, TextField.class), tag);

        ComboBox<BottleneckCause> cause = LocatorJ._get(view, ComboBox.class, spec -> spec.withPlaceholder("Nguyên nhân"));
        cause.setValue(BottleneckCause.LAND_OR_PLANNING);

        assertThat(rows(_get(view, BottleneckGrid.class))).extracting(BottleneckListItem::id).containsExactly(land.id());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("bottlenecks");
    }

    @Test
    void anAssociationSeesOnlyPublicBottlenecksAndNoNewButton() {
        String tag = BottleneckFixtures.unique();
        BottleneckFixtures fixtures = new BottleneckFixtures(context);
        BottleneckDetails open = fixtures.recorded("S-XD", "Công khai " + tag, BottleneckCause.IT_OR_E_WORKFLOW, true);
        fixtures.recorded("S-XD", "Nội bộ " + tag, BottleneckCause.IT_OR_E_WORKFLOW, false);
        signInAs("association");

        UI.getCurrent().navigate("bottlenecks", QueryParameters.simple(Map.of("q", tag)));
        BottleneckRegisterView view = _get(BottleneckRegisterView.class);

        assertThat(rows(_get(view, BottleneckGrid.class))).extracting(BottleneckListItem::id).containsExactly(open.id());
        assertThat(LocatorJ._find(view, Button.class, spec -> spec.withText("Ghi nhận điểm nghẽn"))).isEmpty();
    }

    @Test
    void theCsvHoldsTheFilteredRowsWithVietnameseHeadersAndLabels() {
        String tag = BottleneckFixtures.unique();
        BottleneckDetails b = new BottleneckFixtures(context).recorded("S-XD", "Xuất CSV " + tag, BottleneckCause.INFORMAL_COSTS, true);
        signInAs("investment");
        BottleneckRegisterView view = navigateTo(BottleneckRegisterView.class);
        BottleneckExport export = new BottleneckExport(view, choices.read(UI.getCurrent().getLocale()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(ExportFormat.CSV, out, queries, new BottleneckFilter(tag, null, null, null, null, null, null));

        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFMã,Tiêu đề,Trạng thái").contains(b.code(), "Xuất CSV " + tag, "Mới phát hiện",
                "Sở Xây dựng", "LDT-2020-PL4 · 4");
        assertThat(csv.lines()).hasSize(2);
    }
}
