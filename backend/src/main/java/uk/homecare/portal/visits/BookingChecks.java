package uk.homecare.portal.visits;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.homecare.portal.platform.Sql;

/**
 * Whether the hours-bank bookings visits name may be delivered by them: the provider's own booking, of the package's
 * person, on the visit's day, still booked, and named by one visit only. The delivery itself (and its refusals for
 * the balance) stays hoursbank's.
 */
@Singleton
class BookingChecks {

    /** A booking's refusal: {@code conflict} when the booking exists but is no longer booked. */
    record BookingRefusal(VisitLine visit, Refusal refusal, boolean conflict) {}

    private record BookingRow(UUID id, UUID providerId, UUID personId, LocalDate date, String status) {}

    private final Sql sql;

    BookingChecks(Sql sql) {
        this.sql = sql;
    }

    List<BookingRefusal> check(UUID provider, List<VisitLine> visits) {
        List<UUID> ids = visits.stream().map(VisitLine::bookingId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, BookingRow> bookings = sql.list("select id, provider_id, person_id, on_date, status from hours_booking where id = any (?)",
                        row -> new BookingRow(uuid(row, "id"), uuid(row, "provider_id"), uuid(row, "person_id"), date(row, "on_date"),
                                row.getString("status")), ids)
                .stream().collect(Collectors.toMap(BookingRow::id, Function.identity()));
        List<BookingRefusal> refusals = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        for (VisitLine visit : visits) {
            UUID id = visit.bookingId();
            if (id == null) {
                continue;
            }
            BookingRow booking = bookings.get(id);
            if (booking == null || !booking.providerId().equals(provider) || !booking.personId().equals(visit.held().personId())) {
                refusals.add(new BookingRefusal(visit, new Refusal(VisitField.BOOKING, "visits.booking.not-yours"), false));
            } else if (!booking.date().equals(visit.visitDate())) {
                refusals.add(new BookingRefusal(visit, new Refusal(VisitField.BOOKING, "visits.booking.other-day", booking.date().toString()), false));
            } else if (!"BOOKED".equals(booking.status())) {
                refusals.add(new BookingRefusal(visit, new Refusal(VisitField.BOOKING, "visits.booking.not-booked"), true));
            } else if (!named.add(id)) {
                refusals.add(new BookingRefusal(visit, new Refusal(VisitField.BOOKING, "visits.booking.twice"), false));
            }
        }
        return refusals;
    }
}
