package vn.pcitracker.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link KeysetPages} over a list of numbers, with a reader that behaves like the keyset SQL (rows after a given
 * one, skipping some) and records what it was asked, so that each read can be checked for how far it skipped.
 */
class KeysetPagesTest {

    private static final List<Integer> ROWS = IntStream.range(0, 1_000).boxed().toList();

    private final List<Integer> skips = new ArrayList<>();

    private final KeysetPages.Reader<Integer> reader = (after, skip, limit) -> {
        skips.add(skip);
        int start = (after == null ? 0 : after + 1) + skip;
        return ROWS.subList(Math.min(start, ROWS.size()), Math.min(start + limit, ROWS.size()));
    };

    @Test
    void scrollingOnReadsEachPageAfterTheLastRowOfThePreviousOneWithoutSkipping() {
        KeysetPages<Integer> pages = new KeysetPages<>(100);
        List<Integer> read = new ArrayList<>();
        for (int offset = 0; offset < ROWS.size(); offset += 50) {
            read.addAll(pages.read("list", offset, 50, reader));
        }

        assertThat(read).isEqualTo(ROWS);
        assertThat(skips).containsOnly(0);
        assertThat(pages.keysetReads()).isEqualTo(19);
    }

    @Test
    void aJumpSkipsFromTheNearestRememberedRowAndHopsWhenThatIsBeyondTheLimit() {
        KeysetPages<Integer> pages = new KeysetPages<>(100);
        pages.read("list", 0, 50, reader);

        assertThat(pages.read("list", 120, 10, reader)).isEqualTo(ROWS.subList(120, 130));
        assertThat(skips.getLast()).isEqualTo(70);

        skips.clear();
        assertThat(pages.read("list", 975, 50, reader)).isEqualTo(ROWS.subList(975, 1_000));
        assertThat(skips).allMatch(skip -> skip <= 100).hasSizeGreaterThan(1);

        skips.clear();
        assertThat(pages.read("list", 500, 20, reader)).isEqualTo(ROWS.subList(500, 520));
        assertThat(skips).hasSize(1).allMatch(skip -> skip < 100);
    }

    @Test
    void anotherListOrAResetForgetsTheRememberedRowsAndOnlyAFewAreKept() {
        KeysetPages<Integer> pages = new KeysetPages<>(1_000);
        for (int offset = 0; offset < ROWS.size(); offset += 5) {
            pages.read("list", offset, 5, reader);
        }
        assertThat(pages.remembered()).isEqualTo(KeysetPages.MAX_REMEMBERED);

        skips.clear();
        assertThat(pages.read("other order", 40, 5, reader)).isEqualTo(ROWS.subList(40, 45));
        assertThat(skips).containsExactly(40);
        assertThat(pages.remembered()).isEqualTo(1);

        pages.reset();
        assertThat(pages.remembered()).isZero();
    }
}
