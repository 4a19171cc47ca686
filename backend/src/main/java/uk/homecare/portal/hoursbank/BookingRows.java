package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.integer;
import static uk.homecare.portal.platform.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.UkTime;

/** How a booking is read: its UK date and time become the instants they mean, clock changes included. */
final class BookingRows {

    static final String SELECT = """
            select b.*, pe.given_name || ' ' || pe.family_name as person_name, org.name as provider_name
              from hours_booking b
              join person pe on pe.id = b.person_id
              join organisation org on org.id = b.provider_id
            """;

    /**
     * Inserts a booking and reads it back as {@link #SELECT} would, in one statement: the row as inserted is the row the
     * booking's answer shows (drawing its minutes and auditing it change nothing in it).
     */
    static final String INSERT = """
            with b as (
                insert into hours_booking (plan_id, person_id, provider_id, on_date, start_time, minutes)
                values (?, ?, ?, ?, ?, ?) returning *)
            select b.*, pe.given_name || ' ' || pe.family_name as person_name, org.name as provider_name
              from b
              join person pe on pe.id = b.person_id
              join organisation org on org.id = b.provider_id
            """;

    private BookingRows() {}

    static Booking read(ResultSet row) throws SQLException {
        var date = date(row, "on_date");
        var start = row.getObject("start_time", LocalTime.class);
        int minutes = row.getInt("minutes");
        var startsAt = ZonedDateTime.of(date, start, UkTime.ZONE).toInstant();
        return new Booking(uuid(row, "id"),
                new NamedRef(uuid(row, "person_id"), row.getString("person_name")),
                new NamedRef(uuid(row, "provider_id"), row.getString("provider_name")),
                date, start, minutes, startsAt, startsAt.plusSeconds(minutes * 60L),
                BookingStatus.valueOf(row.getString("status")), integer(row, "delivered_minutes"), List.of());
    }
}
