package uk.homecare.portal.api.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A carer's consent to act for a person (book, change and cancel their sessions, see their balance). It
 * counts from {@code startsOn} to {@code endsOn} (UK dates, both included; no end when null) unless revoked;
 * {@code actions} is what the caller may do with it now.
 */
@Serdeable
public record Consent(
        UUID id,
        NamedRef person,
        NamedRef carer,
        @Schema(example = "2026-12-07") LocalDate startsOn,
        @Schema(example = "2027-06-30") @Nullable LocalDate endsOn,
        ConsentBasis basis,
        ConsentStatus status,
        Instant recordedAt,
        @Schema(description = "Who recorded it: the person, or someone of their council") @Nullable NamedRef recordedBy,
        @Nullable Instant revokedAt,
        @Schema(description = "Who revoked it, when it was") @Nullable NamedRef revokedBy,
        @Schema(description = "What the caller may do with this consent now") List<ConsentAction> actions) {

    public Consent {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
