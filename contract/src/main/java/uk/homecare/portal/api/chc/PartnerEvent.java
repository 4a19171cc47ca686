package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * Something that happened to a package the partner placed. {@code id} is also the cursor: ask for
 * the events after it. Types: package.created, package.status-changed, package.awarded,
 * package.unallocated, package.cancelled, package.changed, package.provider-changed, package.suspended (the person is
 * in hospital), package.resumed, package.ended ({@code reason}: DEATH, RESIDENTIAL_CARE or PERSON_REQUESTED; no other detail).
 */
@Serdeable
public record PartnerEvent(
        String id,
        String type,
        Instant occurredAt,
        UUID packageId,
        String reference,
        @Nullable String partnerReference,
        PackageStatus status,
        @Nullable PackageStatus previousStatus,
        int weeklyMinutes,
        LocalDate startDate,
        @Nullable NamedRef awardedProvider,
        @Nullable uk.homecare.portal.api.brokerage.EndReason reason) {}
