package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One week's credit: usable from {@code weekStarts} (a Monday) to {@code expiresAfter} (the Sunday four
 * weeks on). Minutes credited, used by bookings, lost to expiry, and what remains.
 */
@Serdeable
public record HoursLot(
        UUID id,
        LocalDate weekStarts,
        LocalDate expiresAfter,
        int creditedMinutes,
        int usedMinutes,
        int expiredMinutes,
        int remainingMinutes,
        boolean expiresWithinAWeek) {}
