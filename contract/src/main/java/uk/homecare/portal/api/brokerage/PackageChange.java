package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hospital admission, discharge or ending of a package, as reported (by its provider, or recorded by the council)
 * and decided: {@code effectiveOn} is the admission, discharge or ending date; {@code endReason} only for an ending;
 * {@code rejectionReason} only once rejected.
 */
@Serdeable
public record PackageChange(
        UUID id,
        UUID packageId,
        ChangeKind kind,
        LocalDate effectiveOn,
        @Nullable EndReason endReason,
        ChangeState state,
        @Schema(description = "The role of whoever raised it: PROVIDER or COMMISSIONER", example = "PROVIDER") String raisedByRole,
        Instant raisedAt,
        @Nullable Instant decidedAt,
        @Nullable String rejectionReason) {}
