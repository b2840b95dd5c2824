package vn.pcitracker.licensing.bottleneck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.shared.export.ExportFiles.column;
import static vn.pcitracker.shared.export.ExportFiles.csv;
import static vn.pcitracker.shared.export.ExportFiles.header;
import static vn.pcitracker.shared.export.ExportFiles.values;
import static vn.pcitracker.shared.export.ExportFiles.xlsx;

import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.bottleneck.BottleneckFigureService;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.FigureRow;

class BottleneckFiguresViewTest extends ViewTestBase {

    @Autowired BottleneckFigureService figures;

    @Test
    void eachTableExportsItsRowsWithTheMeansAsNumbers() {
        signInAs("leader");
        BottleneckFiguresView view = navigateTo(BottleneckFiguresView.class);
        List<FigureRow> byAgency = figures.byAgency(BottleneckFilter.none());

        List<Row> agencies = xlsx(view::exportByAgency);
        List<Row> lines = xlsx(view::exportByLine);

        assertThat(header(agencies)).startsWith("Cơ quan", "Số điểm nghẽn", "Luật định (ngày, trung bình)");
        assertThat(values(agencies, "Số điểm nghẽn")).hasSize(byAgency.size())
                .isEqualTo(byAgency.stream().map(row -> String.valueOf(row.bottlenecks())).toList());
        assertThat(values(agencies, "Cơ quan")).contains("Sở Xây dựng");
        Row first = agencies.get(1);
        assertThat(first.getCell(column(agencies, "Luật định (ngày, trung bình)")).getType()).isEqualTo(CellType.NUMBER);
        assertThat(header(lines).getFirst()).isEqualTo("Ngành nghề");
        assertThat(lines).hasSize(figures.byLine(BottleneckFilter.none()).size() + 1);
    }

    @Test
    void inEnglishTheHeadersAreEnglish() {
        signInAs("investment");
        reloadIn(Locale.ENGLISH);
        BottleneckFiguresView view = navigateTo(BottleneckFiguresView.class);

        assertThat(csv(view::exportByAgency).getFirst()).startsWith("Agency", "Bottlenecks", "Statutory (days, mean)");
        assertThat(csv(view::exportByLine).getFirst()).startsWith("Business line", "Bottlenecks");
    }
}
