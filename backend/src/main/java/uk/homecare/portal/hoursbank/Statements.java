package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A statement of a person's hours for a period, as CSV: the balance at the start, every credit,
 * booking, cancellation, delivery adjustment and expiry, the balance at the end, and what will expire
 * unless it is used.
 */
@Singleton
class Statements {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Entry(java.time.Instant at, String kind, int minutes, LocalDate weekOf, LocalDate sessionDate,
                         String actorName, String actingForName) {}

    private final Sql sql;
    private final PersonAccess access;
    private final Clock clock;

    Statements(Sql sql, PersonAccess access, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.clock = clock;
    }

    String statement(Actor actor, UUID personId, LocalDate from, LocalDate to) {
        access.actingOn(actor, personId);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw HoursBankProblems.invalid("to", "hours.statement.period");
        }
        var start = from.atStartOfDay(UkTime.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
        int opening = sql.one("select coalesce(sum(minutes), 0) from hours_ledger where person_id = ? and occurred_at < ?",
                row -> row.getInt(1), personId, start).orElse(0);
        var entries = sql.list("""
                select e.occurred_at, e.kind, e.minutes, l.week_starts, b.on_date, e.actor_name,
                       case when e.acting_for is null then null else pe.given_name || ' ' || pe.family_name end as acting_for_name
                  from hours_ledger e
                  join hours_lot l on l.id = e.lot_id
                  left join hours_booking b on b.id = e.booking_id
                  left join person pe on pe.id = e.acting_for
                 where e.person_id = ? and e.occurred_at >= ? and e.occurred_at < ?
                 order by e.occurred_at, e.id""",
                row -> new Entry(instant(row, "occurred_at"), row.getString("kind"), row.getInt("minutes"),
                        date(row, "week_starts"), date(row, "on_date"), row.getString("actor_name"), row.getString("acting_for_name")),
                personId, start, end);
        var expiring = sql.list("""
                select week_starts, expires_after, remaining_minutes from hours_lot
                 where person_id = ? and not expired and remaining_minutes > 0 and expires_after >= ?::date
                 order by expires_after""",
                row -> new Entry(null, "WILL_EXPIRE", -row.getInt("remaining_minutes"), date(row, "week_starts"),
                        date(row, "expires_after"), "", null),
                personId, UkTime.today(clock));
        try (var out = new StringWriter();
             var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(Problems.message("statement.header").split(",")).get())) {
            csv.printRecord(from, Problems.message("statement.kind.OPENING"), opening, hours(opening), "", "", "");
            int balance = opening;
            for (Entry entry : entries) {
                balance += entry.minutes();
                csv.printRecord(WHEN.format(ZonedDateTime.ofInstant(entry.at(), UkTime.ZONE)), kind(entry.kind()), entry.minutes(),
                        hours(entry.minutes()), entry.weekOf(), entry.sessionDate() == null ? "" : entry.sessionDate(), by(entry));
            }
            csv.printRecord(to, Problems.message("statement.kind.CLOSING"), balance, hours(balance), "", "", "");
            for (Entry entry : expiring) {
                csv.printRecord(entry.sessionDate(), kind(entry.kind()), entry.minutes(), hours(entry.minutes()), entry.weekOf(), "", "");
            }
            csv.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String kind) {
        return Problems.message("statement.kind." + kind);
    }

    private static String by(Entry entry) {
        return entry.actingForName() == null ? entry.actorName()
                : Problems.message("statement.by.for", entry.actorName(), entry.actingForName());
    }

    /** Signed hours and minutes, e.g. -1:30. */
    private static String hours(int minutes) {
        int absolute = Math.abs(minutes);
        return (minutes < 0 ? "-" : "") + absolute / 60 + ":" + "%02d".formatted(absolute % 60);
    }
}
