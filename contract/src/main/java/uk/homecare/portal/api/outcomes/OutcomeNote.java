package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A commissioner's note on the outcomes of a period of months ({@code yyyy-MM} to {@code yyyy-MM}, inclusive). */
@Serdeable
public record OutcomeNote(
        UUID id,
        @Schema(example = "2025-01") String fromMonth,
        @Schema(example = "2026-01") String toMonth,
        String text,
        String writtenBy,
        Instant writtenAt) {}
