package uk.homecare.portal.equality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.equality.Figure;
import uk.homecare.portal.api.equality.Suppression;

/**
 * The small-number policy UNDER_5_WITH_SECONDARY on columns worked out by hand, and against someone who knows the total,
 * the counts shown and the policy's bounds (a "&lt;5" is 0 to 4, a "*" at least 5 and no more than the smallest count
 * shown) and tries every value the suppressed counts could take: none of them can be pinned down.
 */
class SmallNumbersTest {

    private static List<String> shown(SmallNumbers.Column column) {
        return column.cells().stream().map(EqualityCsv::text).toList();
    }

    @Test
    void counts_of_five_or_more_are_all_shown() {
        SmallNumbers.Column column = SmallNumbers.protect(List.of(5, 17, 40));
        assertThat(shown(column)).containsExactly("5", "17", "40");
        assertThat(column.totalWithheld()).isFalse();
    }

    /** 3, 7, 20, 12 (total 42): the 3 is under 5; shown alone, 42 − 7 − 20 − 12 = 3 gives it away, so the 7 goes too. */
    @Test
    void a_small_count_is_shown_as_under_5_and_the_next_smallest_is_withheld_so_subtraction_cannot_find_it() {
        SmallNumbers.Column column = SmallNumbers.protect(List.of(3, 7, 20, 12));
        assertThat(shown(column)).containsExactly("<5", "*", "20", "12");
        assertThat(column.cells()).extracting(Figure::suppression)
                .containsExactly(Suppression.SMALL, Suppression.SECONDARY, Suppression.NONE, Suppression.NONE);
        assertThat(column.cells().get(0).value()).as("a suppressed value is never sent").isNull();
        // 42 − 20 − 12 = 10 = "<5" + "*": (0, 10), (1, 9), (2, 8), (3, 7) or (4, 6)
        assertThat(recoverable(List.of(3, 7, 20, 12), column)).isEmpty();
    }

    @Test
    void two_small_counts_protect_each_other_and_nothing_else_is_withheld() {
        SmallNumbers.Column column = SmallNumbers.protect(List.of(2, 30, 1, 9));
        // 42 − 30 − 9 = 3 = "<5" + "<5": (0, 3), (1, 2), (2, 1) or (3, 0)
        assertThat(shown(column)).containsExactly("<5", "30", "<5", "9");
    }

    /**
     * 0, 5, 20 (total 25): withholding the 5 is not enough: 25 − 20 = 5 = "&lt;5" + "*", and a "*" is at least 5, so the
     * "&lt;5" would be 0. The 20 is withheld too; then 25 = "&lt;5" + "*" + "*" has many answers.
     */
    @Test
    void when_the_next_smallest_is_not_enough_the_next_is_withheld_too() {
        SmallNumbers.Column column = SmallNumbers.protect(List.of(0, 5, 20));
        assertThat(shown(column)).containsExactly("<5", "*", "*");
        assertThat(column.totalWithheld()).isFalse();
    }

    /** 0 and 5 (total 5): "&lt;5" + "*" = 5 is only 0 + 5 however many are withheld: the total itself must go. */
    @Test
    void when_withholding_every_count_is_not_enough_the_total_is_withheld() {
        assertThat(SmallNumbers.protect(List.of(0, 5)).totalWithheld()).isTrue();
        assertThat(SmallNumbers.protect(List.of(0, 0, 0)).totalWithheld()).as("nothing at all: 0 + 0 + 0 = 0 gives each away").isTrue();
        assertThat(SmallNumbers.protect(List.of(1, 2, 0)).totalWithheld()).as("3 = three counts under 5 in many ways").isFalse();
    }

    @Test
    void no_suppressed_count_of_thousands_of_random_columns_can_be_recovered_by_subtraction_from_the_total() {
        Random random = new Random(18);
        int withheld = 0;
        for (int run = 0; run < 3_000; run++) {
            int groups = 2 + random.nextInt(5);
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < groups; i++) {
                counts.add(random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(16));
            }
            SmallNumbers.Column column = SmallNumbers.protect(counts);
            for (int i = 0; i < groups; i++) {
                Figure cell = column.cells().get(i);
                if (cell.withheld()) {
                    assertThat(cell.value()).as("%s: a suppressed count is not sent", counts).isNull();
                } else {
                    assertThat(cell.value()).as("%s: shown as it is", counts).isEqualTo(counts.get(i));
                }
                if (counts.get(i) < SmallNumbers.THRESHOLD) {
                    assertThat(cell.suppression()).as("%s: every count under 5 is suppressed", counts).isEqualTo(Suppression.SMALL);
                }
            }
            long suppressed = column.cells().stream().filter(Figure::withheld).count();
            assertThat(suppressed).as("%s: never one suppressed count alone", counts).isNotEqualTo(1);
            if (column.totalWithheld()) {
                withheld++;
                continue;
            }
            assertThat(recoverable(counts, column)).as("%s shown as %s", counts, shown(column)).isEmpty();
        }
        assertThat(withheld).as("columns whose total had to be withheld: rare").isLessThan(3_000 / 5);
    }

    /**
     * The suppressed counts someone could pin down: they know the total, every count shown, that a "&lt;5" is 0 to 4 and a
     * "*" at least 5 and at most the smallest count shown; every assignment of the suppressed counts that fits is tried.
     */
    private static List<Integer> recoverable(List<Integer> counts, SmallNumbers.Column column) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        int hidden = total;
        int smallestShown = total;
        List<Integer> suppressed = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (column.cells().get(i).withheld()) {
                suppressed.add(i);
            } else {
                hidden -= counts.get(i);
                smallestShown = Math.min(smallestShown, counts.get(i));
            }
        }
        List<Set<Integer>> possible = new ArrayList<>();
        suppressed.forEach(i -> possible.add(new HashSet<>()));
        int[] lows = new int[suppressed.size()];
        int[] highs = new int[suppressed.size()];
        for (int k = 0; k < suppressed.size(); k++) {
            boolean small = column.cells().get(suppressed.get(k)).suppression() == Suppression.SMALL;
            lows[k] = small ? 0 : SmallNumbers.THRESHOLD;
            highs[k] = small ? SmallNumbers.THRESHOLD - 1 : smallestShown;
        }
        tryAll(new int[suppressed.size()], 0, hidden, lows, highs, possible);
        List<Integer> pinned = new ArrayList<>();
        for (int k = 0; k < suppressed.size(); k++) {
            assertThat(possible.get(k)).as("the true value fits").contains(counts.get(suppressed.get(k)));
            if (possible.get(k).size() < 2) {
                pinned.add(suppressed.get(k));
            }
        }
        return pinned;
    }

    private static void tryAll(int[] values, int k, int left, int[] lows, int[] highs, List<Set<Integer>> possible) {
        if (k == values.length) {
            if (left == 0) {
                for (int i = 0; i < values.length; i++) {
                    possible.get(i).add(values[i]);
                }
            }
            return;
        }
        for (int value = lows[k]; value <= Math.min(highs[k], left); value++) {
            values[k] = value;
            tryAll(values, k + 1, left - value, lows, highs, possible);
        }
    }
}
