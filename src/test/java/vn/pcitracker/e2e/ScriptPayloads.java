package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * Script and HTML that set {@code window.__xss} if they ever run (some of {@link vn.pcitracker.HostileText#SCRIPTS},
 * the property tests' payloads), and the checks that they did not: what the "script shown as text" browser tests
 * store and look for (issue 9, bad input).
 */
final class ScriptPayloads {

    static final String IMG = "<img src=x onerror=window.__xss=1>";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String SVG = "\"><svg onload=window.__xss=1>";
    static final String TEMPLATE = "{{7*7}}";

    /**
     * Script elements whose body is the payload's, in the document and every shadow root: an element inserted through
     * innerHTML never runs, so only finding it shows that the text became markup.
     */
    private static final String PAYLOAD_SCRIPTS = """
            () => {
              let found = 0;
              const walk = root => root.querySelectorAll('*').forEach(element => {
                if (element.tagName === 'SCRIPT' && element.textContent.trim() === 'window.__xss=1') found++;
                if (element.shadowRoot) walk(element.shadowRoot);
              });
              walk(document);
              return found;
            }""";

    private ScriptPayloads() {
    }

    /** No payload has run on the page, and no stored text has become an element. */
    static void assertNothingRan(Page page) {
        assertThat(page.evaluate("() => window.__xss === undefined")).as("a payload ran on " + page.url())
                .isEqualTo(true);
        assertThat(page.locator("img[src=x], svg[onload], script:text-matches('__xss')").count())
                .as("markup from stored text on " + page.url()).isZero();
        assertThat(page.evaluate(PAYLOAD_SCRIPTS)).as("a script element from stored text on " + page.url()).isEqualTo(0);
    }

    /** Waits until {@code text} shows literally somewhere on the page, then checks that nothing ran. */
    static void assertShownAsText(Page page, String text) {
        page.getByText(text).first().waitFor();
        assertNothingRan(page);
    }

    /** Moves the mouse across every chart, so that ECharts draws its HTML tooltips for what lies under it. */
    static void hoverEveryChart(Page page) {
        Locator charts = page.locator("echarts-chart");
        if (charts.count() == 0) {
            return;
        }
        charts.first().locator("canvas").waitFor();
        for (Locator chart : charts.all()) {
            chart.scrollIntoViewIfNeeded();
            BoundingBox box = chart.boundingBox();
            if (box == null) {
                continue;
            }
            for (double across = 0.2; across < 1; across += 0.3) {
                for (double down = 0.1; down < 1; down += 0.1) {
                    page.mouse().move(box.x + box.width * across, box.y + box.height * down);
                    page.waitForTimeout(40);
                    assertNothingRan(page);
                }
            }
        }
    }

    /** Hovers {@code chart} at the given fractions of its width and height; returns what the chart then shows as text. */
    static String tooltipAt(Page page, Locator chart, double across, double down) {
        chart.scrollIntoViewIfNeeded();
        BoundingBox box = chart.boundingBox();
        page.mouse().move(box.x + box.width * across, box.y + box.height * down);
        page.waitForTimeout(400);
        assertNothingRan(page);
        return chart.innerText();
    }

    /** The JSON options of every chart on the page, joined: where a label must arrive as data. */
    static String chartOptions(Page page) {
        @SuppressWarnings("unchecked")
        java.util.List<String> options = (java.util.List<String>) page.evaluate(
                "() => [...document.querySelectorAll('echarts-chart')].map(chart => chart.option || '')");
        return String.join("\n", options);
    }
}
