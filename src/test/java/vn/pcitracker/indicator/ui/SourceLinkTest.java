package vn.pcitracker.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Source links already stored, or loaded from reference files, become links only when they are web addresses. */
class SourceLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:window.__xss=1", " JavaScript:alert(1)", "data:text/html,<script>x</script>",
            "vbscript:msgbox", "//evil.example/x", "file:///etc/passwd", "https://"})
    void anAddressThatIsNotHttpOrHttpsIsShownAsTextNeverAsALink(String url) {
        Component shown = SourceLink.of(url, "Báo cáo PCI 2024");

        assertThat(shown).isInstanceOf(Span.class);
        assertThat(((Span) shown).getText()).isEqualTo("Báo cáo PCI 2024");
        assertThat(shown.getElement().hasAttribute("href")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://pcivietnam.vn/bao-cao", "http://example.vn/a?b=1", " HTTPS://EXAMPLE.VN/X "})
    void aWebAddressIsALinkOpeningInANewTab(String url) {
        Component shown = SourceLink.of(url, "Báo cáo PCI 2024");

        assertThat(shown).isInstanceOf(Anchor.class);
        assertThat(((Anchor) shown).getHref()).isEqualTo(url.strip());
        assertThat(((Anchor) shown).getText()).isEqualTo("Báo cáo PCI 2024");
        assertThat(shown.getElement().getAttribute("target")).isEqualTo("_blank");
    }

    @Test
    void withoutATextTheAddressIsTheText() {
        assertThat(((Anchor) SourceLink.of("https://pcivietnam.vn", " ")).getText()).isEqualTo("https://pcivietnam.vn");
    }
}
