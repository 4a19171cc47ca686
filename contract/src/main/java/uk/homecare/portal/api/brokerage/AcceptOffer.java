package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A provider takes the package on from {@code proposedStart}, saying which of its matching needs it can meet. */
@Serdeable
public record AcceptOffer(
        @Schema(example = "2026-12-07") @NotNull LocalDate proposedStart,
        @Schema(description = "Which of the package's matching needs the provider can meet; none when absent")
        @Nullable @Size(max = 4) Set<@NotNull MatchingNeed> needsMet) {

    @Creator
    public AcceptOffer {
        needsMet = MatchingNeed.inOrder(needsMet);
    }

    /** An acceptance that meets none of the package's matching needs (or a package without any). */
    public AcceptOffer(LocalDate proposedStart) {
        this(proposedStart, null);
    }
}
