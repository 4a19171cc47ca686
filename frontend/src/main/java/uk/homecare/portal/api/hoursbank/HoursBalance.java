package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A person's hours bank today: what remains in all, how much of it expires within 7 days and when the
 * soonest of it goes, and every lot still usable or recently used up, soonest expiry first.
 */
@Serdeable
public record HoursBalance(
        NamedRef person,
        @Nullable HoursPlan plan,
        int remainingMinutes,
        int expiringWithinAWeekMinutes,
        @Nullable LocalDate nextExpiry,
        List<HoursLot> lots) {}
