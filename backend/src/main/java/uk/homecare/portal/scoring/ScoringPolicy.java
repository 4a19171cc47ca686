package uk.homecare.portal.scoring;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.scoring.BidScore;
import uk.homecare.portal.api.scoring.Continuity;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.api.scoring.ScorePart;
import uk.homecare.portal.api.scoring.ScorePartName;
import uk.homecare.portal.api.scoring.ScoringWeights;

/**
 * The one statement of how bids are scored and ranked (docs/scoring.md). Each part scores 0 to 100; a part with no
 * figure to score by scores the neutral {@link BidScore#NEUTRAL}:
 * <ul>
 * <li>price: the lowest rate among the round's bids scores 100, a higher one lowest / rate x 100;</li>
 * <li>quality: the mean of the regulator rating's score (OUTSTANDING 100, GOOD 75, REQUIRES_IMPROVEMENT 35, INADEQUATE 0;
 *     none or NOT_YET_RATED: no figure) and the council's monitoring (100 less 25 for each action still open past its
 *     due date; no figure without a visit in 12 months or an open action);</li>
 * <li>performance: the mean of acceptance (accepted or bid on, of offers answered), hand-backs (100 less 100 x notices /
 *     awards), visits on time (neither late nor missed, of those recorded) and capacity reporting (weeks reported of
 *     weeks due), each over the last 12 months and each left out without anything to divide by;</li>
 * <li>continuity: 100 already caring for the person, 50 holding a package in the zone, 0 otherwise.</li>
 * </ul>
 * The total is the sum of score x weight / 100. Bids rank by total, highest first; equal totals share a rank. Awarding a
 * bid whose rank is not 1 needs a reason.
 */
final class ScoringPolicy {

    /** What the scores are computed from, for one bid. */
    record Facts(UUID offerId, Instant submittedAt, @Nullable Integer ratePence, @Nullable Rating rating, int monitoringVisits,
                 int monitoringActionsOverdue, int monitoringActionsOpen, ProviderFigures performance, Continuity continuity) {}

    /** A part's score, or none when it has no figure. */
    private static OptionalInt none() {
        return OptionalInt.empty();
    }

    private ScoringPolicy() {}

    /** The price part: the lowest rate scores 100, others in proportion; no rate: no figure. */
    static OptionalInt price(@Nullable Integer ratePence, @Nullable Integer lowestRatePence) {
        if (ratePence == null || lowestRatePence == null || ratePence <= 0) {
            return none();
        }
        return OptionalInt.of((int) Math.round(100.0 * Math.min(lowestRatePence, ratePence) / ratePence));
    }

    /** A regulator rating's score; none or NOT_YET_RATED: no figure. */
    static OptionalInt rating(@Nullable Rating rating) {
        if (rating == null) {
            return none();
        }
        return switch (rating) {
            case OUTSTANDING -> OptionalInt.of(100);
            case GOOD -> OptionalInt.of(75);
            case REQUIRES_IMPROVEMENT -> OptionalInt.of(35);
            case INADEQUATE -> OptionalInt.of(0);
            case NOT_YET_RATED -> none();
        };
    }

    /** The council's contract monitoring: 100 less 25 an overdue action; no visit in 12 months and nothing open: no figure. */
    static OptionalInt monitoring(int visits, int actionsOverdue, int actionsOpen) {
        if (visits == 0 && actionsOpen == 0 && actionsOverdue == 0) {
            return none();
        }
        return OptionalInt.of(Math.max(0, 100 - 25 * actionsOverdue));
    }

    static OptionalInt quality(@Nullable Rating rating, int visits, int actionsOverdue, int actionsOpen) {
        return mean(rating(rating), monitoring(visits, actionsOverdue, actionsOpen));
    }

    /** Offers accepted or bid on, of those answered, as a percentage; none answered: no figure. */
    static OptionalInt acceptance(ProviderFigures f) {
        return percent(f.offersAccepted(), f.offersAnswered());
    }

    /** 100 less hand-back notices per award as a percentage (at least 0); no award and no notice: no figure. */
    static OptionalInt handBacks(ProviderFigures f) {
        if (f.awards() == 0 && f.handBacks() == 0) {
            return none();
        }
        if (f.awards() == 0) {
            return OptionalInt.of(0);
        }
        return OptionalInt.of(Math.max(0, 100 - (int) Math.round(100.0 * f.handBacks() / f.awards())));
    }

    /** Visits neither late nor missed, of those recorded; none recorded: no figure. */
    static OptionalInt onTime(ProviderFigures f) {
        return percent(Math.max(0, f.visitsRecorded() - f.visitsLate() - f.visitsMissed()), f.visitsRecorded());
    }

    /** Weeks capacity was reported, of the weeks it was due; none due: no figure. */
    static OptionalInt capacityReporting(ProviderFigures f) {
        return percent(f.capacityWeeksReported(), f.capacityWeeksDue());
    }

    static OptionalInt performance(ProviderFigures f) {
        return mean(acceptance(f), handBacks(f), onTime(f), capacityReporting(f));
    }

    static int continuity(Continuity continuity) {
        return switch (continuity) {
            case SAME_PERSON -> 100;
            case SAME_ZONE -> 50;
            case NONE -> 0;
        };
    }

    /** {@code part} of {@code whole} as a whole percentage; nothing to divide by: no figure. */
    static OptionalInt percent(int part, int whole) {
        return whole <= 0 ? none() : OptionalInt.of((int) Math.round(100.0 * Math.min(part, whole) / whole));
    }

    /** The rounded mean of the parts that have a figure; none has: no figure. */
    static OptionalInt mean(OptionalInt... parts) {
        int[] present = java.util.Arrays.stream(parts).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).toArray();
        return present.length == 0 ? none() : OptionalInt.of((int) Math.round(IntStream.of(present).average().orElseThrow()));
    }

    /** The round's bids scored and ranked, in rank order (equal totals by submission, the earliest first). */
    static Map<UUID, BidScore> rank(List<Facts> bids, ScoringWeights weights) {
        Integer lowest = bids.stream().map(Facts::ratePence).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        record Scored(Facts facts, int hundredths, List<ScorePart> parts) {}
        List<Scored> scored = new ArrayList<>();
        for (Facts bid : bids) {
            List<ScorePart> parts = new ArrayList<>();
            int hundredths = 0;
            for (ScorePartName name : ScorePartName.values()) {
                OptionalInt score = switch (name) {
                    case PRICE -> price(bid.ratePence(), lowest);
                    case QUALITY -> quality(bid.rating(), bid.monitoringVisits(), bid.monitoringActionsOverdue(), bid.monitoringActionsOpen());
                    case PERFORMANCE -> performance(bid.performance());
                    case CONTINUITY -> OptionalInt.of(continuity(bid.continuity()));
                };
                int value = score.orElse(BidScore.NEUTRAL);
                int weight = weights.percentOf(name);
                hundredths += value * weight;
                parts.add(new ScorePart(name, weight, value, score.isEmpty(), value * weight / 100.0));
            }
            scored.add(new Scored(bid, hundredths, parts));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.hundredths()).thenComparing(s -> s.facts().submittedAt())
                .thenComparing(s -> s.facts().offerId()));
        Map<UUID, BidScore> ranked = new LinkedHashMap<>();
        for (Scored s : scored) {
            int rank = 1 + (int) scored.stream().filter(other -> other.hundredths() > s.hundredths()).count();
            Facts f = s.facts();
            ranked.put(f.offerId(), new BidScore(rank, s.hundredths() / 100.0, rank > 1, s.parts(), f.ratePence(), lowest,
                    f.rating(), f.monitoringVisits(), f.monitoringActionsOverdue(), f.performance(), f.continuity()));
        }
        return ranked;
    }
}
