package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/** A booked session. {@code startsAt}/{@code endsAt} are the instants the UK date and time mean, clock changes included. */
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
        @Nullable Integer deliveredMinutes) {}
