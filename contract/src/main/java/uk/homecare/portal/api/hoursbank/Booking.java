package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A booked session. {@code startsAt}/{@code endsAt} are the instants the UK date and time mean, clock
 * changes included; {@code actions} is what the caller may do with it now.
 */
@Serdeable
public record Booking(
        UUID id,
        NamedRef person,
        NamedRef provider,
        LocalDate date,
        LocalTime startTime,
        int minutes,
        Instant startsAt,
        Instant endsAt,
        BookingStatus status,
        @Nullable Integer deliveredMinutes,
        @Schema(description = "What the caller may do with this session now") List<BookingAction> actions) {

    public Booking {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public Booking withActions(List<BookingAction> allowed) {
        return new Booking(id, person, provider, date, startTime, minutes, startsAt, endsAt, status, deliveredMinutes, allowed);
    }
}
