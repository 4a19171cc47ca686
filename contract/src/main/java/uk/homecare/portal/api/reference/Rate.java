package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An hourly rate in pence for one service type, in force from {@code effectiveFrom} until the next
 * rate of that type takes effect. Floor and ceiling bound the rates providers may bid.
 */
@Serdeable
public record Rate(
        UUID id,
        ServiceType serviceType,
        int hourlyRatePence,
        @Nullable Integer floorPence,
        @Nullable Integer ceilingPence,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        int version) {}
