package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A person's hours bank today: what remains in all, how much of it expires within 7 days and when the
 * soonest of it goes, and every lot still usable or recently used up, soonest expiry first;
 * the limits a booking must keep, and what the caller may do (book) now.
 */
@Serdeable
@Schema(description = "A person's hours over the 4-week window: what each weekly lot was credited, used, expired and has left")
public record HoursBalance(
        NamedRef person,
        @Nullable HoursPlan plan,
        @Schema(example = "540") int remainingMinutes,
        @Schema(example = "120") int expiringWithinAWeekMinutes,
        @Schema(example = "2026-11-29") @Nullable LocalDate nextExpiry,
        List<HoursLot> lots,
        @Schema(description = "The limits a booking for this person must keep") BookingLimits limits,
        @Schema(description = "What the caller may do with this hours bank now") List<BalanceAction> actions) {

    public HoursBalance {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
