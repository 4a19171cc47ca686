package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.identity.NamedRef;

/** A CHC package as the partner that placed it follows it: where it is in the cascade and who cares for the person. */
@Serdeable
public record ChcPackage(
        UUID id,
        String reference,
        @Nullable String partnerReference,
        PackageStatus status,
        NamedRef council,
        NamedRef zone,
        NamedRef lot,
        int weeklyMinutes,
        LocalDate startDate,
        @Nullable Instant stageEndsAt,
        @Nullable NamedRef awardedProvider,
        @Nullable Instant awardedAt,
        int version,
        @Schema(description = "How soon the package must find a provider") Urgency urgency,
        @Schema(description = "When the package became an emergency (it waited unallocated longer than its urgency allows); absent "
                + "while it has not", example = "2026-12-09T10:00:00Z")
        @Nullable Instant emergencyAt) {

    @Creator
    public ChcPackage {
        urgency = Urgency.orRoutine(urgency);
    }

    /** A ROUTINE package that is no emergency. */
    public ChcPackage(UUID id, String reference, @Nullable String partnerReference, PackageStatus status, NamedRef council,
            NamedRef zone, NamedRef lot, int weeklyMinutes, LocalDate startDate, @Nullable Instant stageEndsAt,
            @Nullable NamedRef awardedProvider, @Nullable Instant awardedAt, int version) {
        this(id, reference, partnerReference, status, council, zone, lot, weeklyMinutes, startDate, stageEndsAt, awardedProvider,
                awardedAt, version, Urgency.ROUTINE, null);
    }
}
