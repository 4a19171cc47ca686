package uk.homecare.portal.api.equality;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A council's equality monitoring report for the packages first published in the UK days {@code [from, to)}, as they
 * stand at {@code asAt}: the whole population of those packages ({@code population}, group ALL) and the same figures by
 * each protected characteristic and by urban or rural zone, small numbers suppressed under {@code policy}.
 */
@Serdeable
public record EqualityReport(
        NamedRef council,
        LocalDate from,
        LocalDate to,
        Instant asAt,
        @Schema(description = "The small-number suppression policy applied (docs/equality.md)", example = "UNDER_5_WITH_SECONDARY")
        String policy,
        @Schema(description = "Counts below this are suppressed", example = "5") int threshold,
        EqualityRow population,
        List<EqualityTable> tables) {}
