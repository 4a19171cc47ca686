package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A bid in the OPEN stage: a start date, an hourly rate in pence only where the lot allows price competition, and which of
 * the package's matching needs the provider can meet.
 */
@Serdeable
public record BidForm(
        @NotNull LocalDate proposedStart,
        @Nullable @Positive @Max(100_000) Integer ratePence,
        @Schema(description = "Which of the package's matching needs the provider can meet; none when absent")
        @Nullable @Size(max = 4) Set<@NotNull MatchingNeed> needsMet) {

    @Creator
    public BidForm {
        needsMet = MatchingNeed.inOrder(needsMet);
    }

    /** A bid that meets none of the package's matching needs (or a package without any). */
    public BidForm(LocalDate proposedStart, @Nullable Integer ratePence) {
        this(proposedStart, ratePence, null);
    }
}
