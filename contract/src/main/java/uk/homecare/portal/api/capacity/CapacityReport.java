package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/** A capacity report as its provider and the council it reports to see it; stale when older than 7 days. */
@Serdeable
public record CapacityReport(
        UUID id,
        NamedRef provider,
        NamedRef council,
        NamedRef zone,
        LocalDate weekStarts,
        int daytimeMinutes,
        int outOfHoursMinutes,
        boolean doubleHanded,
        int staff,
        int nonDrivingStaff,
        Instant reportedAt,
        boolean stale) {}
