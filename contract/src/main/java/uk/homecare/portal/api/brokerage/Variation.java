package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One variation of an awarded package: the terms in force when it was proposed, the terms proposed, from when, why,
 * who proposed it and by when its provider must answer, and how it ended (who, when; a decline's reason).
 * {@code applied} says an accepted variation's terms are in force (its date has come).
 */
@Serdeable
public record Variation(
        UUID id,
        UUID packageId,
        VariationStatus status,
        PackageTerms oldTerms,
        PackageTerms newTerms,
        @Schema(example = "2026-12-14") LocalDate effectiveFrom,
        String reason,
        Instant proposedAt,
        String proposedBy,
        Instant respondBy,
        @Nullable Instant endedAt,
        @Nullable String endedBy,
        @Nullable String declineReason,
        boolean applied) {}
