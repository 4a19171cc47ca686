package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageStatus;
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
        int version) {}
