package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.scoring.BidScore;

/**
 * A provider's bid (or acceptance in the OPEN stage), as the commissioner compares them, with the
 * provider's current reported capacity in the package's zone (null without a report in the last 7 days).
 * {@code lateStartDays} says how many days the proposed start is later than the council's start tolerance allowed
 * when the bid was made (absent within it): such a start needs the commissioner's acceptance, which awarding the bid gives.
 * {@code score} says why the bid ranks where it does (docs/scoring.md); the list comes ranked, the top first.
 */
@Serdeable
public record Bid(
        UUID offerId,
        NamedRef provider,
        OfferResponse response,
        LocalDate proposedStart,
        @Nullable Integer ratePence,
        Instant submittedAt,
        @Nullable Integer spareCapacityMinutes,
        @Schema(description = "How many days later than the council's start tolerance the proposed start is; absent within it. "
                + "Awarding the bid accepts the later start.", example = "9")
        @Nullable Integer lateStartDays,
        @Schema(description = "Which of the package's matching needs the provider said it can meet") List<MatchingNeed> needsMet,
        @Schema(description = "Its rank, total score and the parts of it (docs/scoring.md)") @Nullable BidScore score) {

    @Creator
    public Bid {
        needsMet = needsMet == null ? List.of() : List.copyOf(needsMet);
    }

    /** A bid not scored. */
    public Bid(UUID offerId, NamedRef provider, OfferResponse response, LocalDate proposedStart, @Nullable Integer ratePence,
            Instant submittedAt, @Nullable Integer spareCapacityMinutes, @Nullable Integer lateStartDays, List<MatchingNeed> needsMet) {
        this(offerId, provider, response, proposedStart, ratePence, submittedAt, spareCapacityMinutes, lateStartDays, needsMet, null);
    }

    /** This bid with its score. */
    public Bid scored(@Nullable BidScore bidScore) {
        return new Bid(offerId, provider, response, proposedStart, ratePence, submittedAt, spareCapacityMinutes, lateStartDays,
                needsMet, bidScore);
    }

    /** A bid on a package without matching needs. */
    public Bid(UUID offerId, NamedRef provider, OfferResponse response, LocalDate proposedStart, @Nullable Integer ratePence,
            Instant submittedAt, @Nullable Integer spareCapacityMinutes, @Nullable Integer lateStartDays) {
        this(offerId, provider, response, proposedStart, ratePence, submittedAt, spareCapacityMinutes, lateStartDays, List.of());
    }
}
