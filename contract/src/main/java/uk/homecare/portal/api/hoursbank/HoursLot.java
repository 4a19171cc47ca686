package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One week's credit: usable from {@code weekStarts} (a Monday) to {@code expiresAfter} (the Sunday four
 * weeks on). Minutes credited, used by bookings, lost to expiry, and what remains.
 */
@Serdeable
public record HoursLot(
        UUID id,
        @Schema(example = "2026-11-02") LocalDate weekStarts,
        @Schema(example = "2026-11-29") LocalDate expiresAfter,
        @Schema(example = "300") int creditedMinutes,
        @Schema(example = "180") int usedMinutes,
        @Schema(example = "0") int expiredMinutes,
        @Schema(example = "120") int remainingMinutes,
        boolean expiresWithinAWeek) {}
