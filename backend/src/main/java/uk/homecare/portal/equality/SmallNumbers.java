package uk.homecare.portal.equality;

import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.equality.Figure;
import uk.homecare.portal.api.equality.Suppression;

/**
 * The small-number suppression policy of the equality report, {@value #POLICY} (docs/equality.md), applied to one column
 * of counts whose groups add up to a total that is shown elsewhere (the council's whole population):
 * <ol>
 * <li><b>Primary:</b> a count under {@value #THRESHOLD} (none included) is suppressed, shown "&lt;5" ({@code SMALL}).
 * <li><b>Secondary:</b> while some suppressed count could be worked out exactly from the total and the counts shown, by
 * someone who knows this policy (a SMALL count is 0 to 4; a SECONDARY one at least 5 and at most the smallest count still
 * shown), the smallest count still shown (the first of equals) is suppressed too ({@code SECONDARY}, shown "*"). A single
 * suppressed count can always be worked out, so there are always at least two.
 * <li>If every count is suppressed and one could still be worked out, the total must be withheld as well
 * ({@link Column#totalWithheld()}): the report then withholds the population's figure.
 * </ol>
 * Rates and medians computed from a suppressed count are suppressed too ({@code DERIVED}): see {@link EqualityReports}.
 */
final class SmallNumbers {

    static final String POLICY = "UNDER_5_WITH_SECONDARY";
    static final int THRESHOLD = 5;

    /** A protected column: each count's figure, in the counts' order, and whether the total must be withheld too. */
    record Column(List<Figure> cells, boolean totalWithheld) {}

    private SmallNumbers() {}

    /** The column of counts as it may be shown; {@code counts} add up to the total (a group per count). */
    static Column protect(List<Integer> counts) {
        int n = counts.size();
        Suppression[] states = new Suppression[n];
        boolean anySmall = false;
        for (int i = 0; i < n; i++) {
            boolean small = counts.get(i) < THRESHOLD;
            states[i] = small ? Suppression.SMALL : Suppression.NONE;
            anySmall |= small;
        }
        boolean totalWithheld = false;
        while (anySmall && anyRecoverable(counts, states)) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (states[i] == Suppression.NONE && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            if (next < 0) {
                totalWithheld = true;
                break;
            }
            states[next] = Suppression.SECONDARY;
        }
        List<Figure> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(states[i] == Suppression.NONE ? Figure.shown(counts.get(i)) : Figure.suppressed(states[i]));
        }
        return new Column(List.copyOf(cells), totalWithheld);
    }

    /**
     * Whether a suppressed count is the only value it can take, given the total, the counts shown and the bounds the
     * policy tells: SMALL in [0, 4], SECONDARY in [5, smallest shown] (unbounded above when none is shown).
     */
    static boolean anyRecoverable(List<Integer> counts, Suppression[] states) {
        long total = 0;
        long shown = 0;
        long smallestShown = Long.MAX_VALUE;
        for (int i = 0; i < counts.size(); i++) {
            total += counts.get(i);
            if (states[i] == Suppression.NONE) {
                shown += counts.get(i);
                smallestShown = Math.min(smallestShown, counts.get(i));
            }
        }
        long hidden = total - shown;
        long lowSum = 0;
        long highSum = 0;
        int suppressed = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (states[i] != Suppression.NONE) {
                suppressed++;
                lowSum += low(states[i]);
                highSum += high(states[i], smallestShown, hidden);
            }
        }
        if (suppressed == 0) {
            return false;
        }
        for (int i = 0; i < counts.size(); i++) {
            if (states[i] != Suppression.NONE) {
                long othersLow = lowSum - low(states[i]);
                long othersHigh = highSum - high(states[i], smallestShown, hidden);
                long least = Math.max(low(states[i]), hidden - othersHigh);
                long most = Math.min(high(states[i], smallestShown, hidden), hidden - othersLow);
                if (least >= most) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long low(Suppression state) {
        return state == Suppression.SMALL ? 0 : THRESHOLD;
    }

    private static long high(Suppression state, long smallestShown, long hidden) {
        return state == Suppression.SMALL ? THRESHOLD - 1 : Math.min(smallestShown, hidden);
    }
}
