package uk.homecare.portal.api.scoring;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.quality.Rating;

/**
 * A provider's scorecard with one council: the figures its bids are scored by, month by month for the last 12 months
 * (the current one so far, oldest first), its regulator rating now and the council's monitoring actions open now.
 * The provider sees its own; the council's commissioners and administrators see any provider of the council.
 */
@Serdeable
public record Scorecard(
        NamedRef provider,
        NamedRef council,
        @Nullable Rating rating,
        @Schema(description = "Actions of the council's monitoring visits not yet done") int monitoringActionsOpen,
        @Schema(description = "Of those, past their due date") int monitoringActionsOverdue,
        List<ScorecardMonth> months,
        @Schema(description = "The 12 months together: the figures the bids are scored by") ProviderFigures twelveMonths) {

    @Creator
    public Scorecard {
        months = List.copyOf(months);
    }
}
