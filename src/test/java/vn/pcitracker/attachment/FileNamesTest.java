package vn.pcitracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsAreStrippedAndVietnameseLettersKept() {
        assertThat(FileNames.sanitise("C:\\Users\\lan\\Báo cáo tháng 3.pdf")).isEqualTo("Báo cáo tháng 3.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String decomposed = Normalizer.normalize("Kiến nghị.docx", Normalizer.Form.NFD);
        assertThat(FileNames.sanitise(decomposed)).isEqualTo("Kiến nghị.docx");
    }

    @Test
    void controlAndDirectionOverrideCharactersAreRemoved() {
        assertThat(FileNames.sanitise("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.sanitise("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
    }

    @Test
    void charactersWindowsForbidsAreReplaced() {
        assertThat(FileNames.sanitise("QĐ 12/2026: \"mới\" <bản> *?|.pdf")).isEqualTo("2026_ _mới_ _bản_ ___.pdf");
    }

    @Test
    void windowsDeviceNamesAndTrailingDotsAreDefused() {
        assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitise("bao-cao.pdf. . ")).isEqualTo("bao-cao.pdf");
    }

    @Test
    void longNamesAreCutTo255KeepingTheExtension() {
        String name = FileNames.sanitise("đ".repeat(300) + ".pdf");
        assertThat(name).hasSize(255).endsWith("đ.pdf");
    }

    @Test
    void aCutLandingJustAfterADotOrASpaceLeavesNoTrailingDot() {
        // found by UploadPropertiesTest: no extension to keep (this one is longer than 20), the cut fell after a "."
        String cut = FileNames.sanitise("a".repeat(253) + " ." + "x".repeat(40));
        assertThat(cut).isEqualTo("a".repeat(253));
        assertThat(FileNames.sanitise("b".repeat(254) + "." + "c".repeat(30))).isEqualTo("b".repeat(254));
    }

    @Test
    void aNameWithNothingLeftGetsAPlaceholder() {
        assertThat(FileNames.sanitise("  ..  ")).isEqualTo("tep-dinh-kem");
        assertThat(FileNames.sanitise(null)).isEqualTo("tep-dinh-kem");
    }

    @Test
    void theExtensionIsLowerCaseWithoutTheDot() {
        assertThat(FileNames.extension("Bảng.XLSX")).isEqualTo("xlsx");
        assertThat(FileNames.extension(".bashrc")).isEmpty();
        assertThat(FileNames.extension("README")).isEmpty();
    }
}
