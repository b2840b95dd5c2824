package vn.pcitracker;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text that users, scripts and attackers type, for the property-based tests of issue 9 (QuickTheories): markup and
 * script, formula prefixes, SQL wildcards and quotes, template syntax, control and direction-override characters,
 * Vietnamese in composed and decomposed form, astral characters, and arbitrary code points (lone surrogates among
 * them), short and long, alone or glued together.
 */
public final class HostileText {

    /** Script and HTML that must show as text wherever it appears; {@code window.__xss} is set if it runs. */
    public static final List<String> SCRIPTS = List.of(
            "<img src=x onerror=window.__xss=1>",
            "<script>window.__xss=1</script>",
            "\"><svg onload=window.__xss=1>",
            "'><iframe srcdoc=\"<script>parent.__xss=1</script>\">",
            "javascript:window.__xss=1",
            "{{7*7}}",
            "${7*7}");

    public static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=window.__xss=1>", "<script>window.__xss=1</script>", "\"><svg onload=window.__xss=1>",
            "{{7*7}}", "${7*7}", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "%", "_", "\\", "%_\\",
            "'; DROP TABLE issue; --", "\" OR 1=1 --", "\u0000", "a\u0000b", "\u202Egpj.exe", "\uD83D\uDE00",
            "\uD800", "Cấp phép xây dựng", "Ca\u0302\u0301p phe\u0301p", "\r\n", "   ", "", "null", "NaN",
            "1e400", "9223372036854775808", "../../etc/passwd", "C:\\Windows\\win.ini", "\u2028\u2029", "\uFEFF",
            "&lt;b&gt;", "&amp;", "<b>đậm</b>");

    private HostileText() {
    }

    /** One of the payloads, arbitrary text, or a payload glued into arbitrary text; up to a few hundred characters. */
    public static Gen<String> text() {
        Gen<String> payload = Generate.pick(PAYLOADS);
        Gen<String> anyCodePoints = strings().allPossible().ofLengthBetween(0, 40);
        Gen<String> vietnamese = strings().betweenCodePoints(0x00, 0x1EFF).ofLengthBetween(0, 60);
        Gen<String> glued = payload.zip(anyCodePoints, payload, (a, b, c) -> a + b + c);
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, payload),
                org.quicktheories.api.Pair.of(2, anyCodePoints),
                org.quicktheories.api.Pair.of(2, vietnamese),
                org.quicktheories.api.Pair.of(3, glued)));
    }

    /** Like {@link #text()}, sometimes far longer than any field allows. */
    public static Gen<String> textUpToLong() {
        Gen<String> longText = text().zip(integers().between(100, 3_000), (seed, times) -> (seed + "x").repeat(
                Math.max(1, times / Math.max(1, seed.length() + 1))));
        return Generate.frequency(List.of(org.quicktheories.api.Pair.of(4, text()),
                org.quicktheories.api.Pair.of(1, longText)));
    }

    /** Whether PostgreSQL can hold the text as it is (no NUL, no lone surrogate): the service's own rule. */
    public static boolean storable(String text) {
        return vn.pcitracker.shared.Violations.storable(text);
    }
}
