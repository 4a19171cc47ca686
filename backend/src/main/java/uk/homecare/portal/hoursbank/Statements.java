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
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.HeavyReads;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;
import uk.homecare.portal.platform.problem.RequestLanguage;

/**
 * A statement of a person's hours for a period, in the caller's language: the balance at the start, every
 * credit, booking, cancellation, delivery adjustment and expiry, the balance at the end, and what will expire
 * unless it is used. As CSV, each amount is written twice: in words in columns "Hours in", "Hours out" and
 * "Balance" ("2 hours 30 minutes", never signed), and as signed minutes in column "Minutes" for spreadsheets;
 * or as a printable PDF ({@link StatementPdf}).
 */
@Singleton
class Statements {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HeavyReads reads;
    private final PersonAccess access;
    private final Clock clock;

    Statements(HeavyReads reads, PersonAccess access, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    String csv(Actor actor, UUID personId, LocalDate from, LocalDate to) {
        return csv(read(actor, personId, from, to));
    }

    byte[] pdf(Actor actor, UUID personId, LocalDate from, LocalDate to) {
        return StatementPdf.write(read(actor, personId, from, to));
    }

    /**
     * Who may read it is checked on the primary; the statement itself is a heavy read (up to a year of the ledger)
     * that shows balances, so the read replica serves it only once it has replayed everything the primary had
     * committed when the read began: never a stale balance, the caller's last booking included.
     */
    Statement read(Actor actor, UUID personId, LocalDate from, LocalDate to) {
        access.actingOn(actor, personId);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw HoursBankProblems.invalid("to", "hours.statement.period");
        }
        var language = RequestLanguage.current();
        return reads.read(HeavyReads.Freshness.CURRENT, sql -> read(sql, language, personId, from, to));
    }

    private Statement read(Sql sql, java.util.Locale language, UUID personId, LocalDate from, LocalDate to) {
        boolean welsh = RequestLanguage.WELSH.getLanguage().equals(language.getLanguage());
        String[] names = sql.one("""
                select pe.given_name || ' ' || pe.family_name as person, c.name, c.name_cy
                  from person pe join council c on c.id = pe.council_id where pe.id = ?""",
                row -> new String[] {row.getString("person"),
                        welsh && row.getString("name_cy") != null ? row.getString("name_cy") : row.getString("name")}, personId)
                .orElseThrow();
        var start = from.atStartOfDay(UkTime.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
        int opening = sql.one("select coalesce(sum(minutes), 0) from hours_ledger where person_id = ? and occurred_at < ?",
                row -> row.getInt(1), personId, start).orElse(0);
        var movements = sql.list("""
                select e.occurred_at, e.kind, e.minutes, l.week_starts, b.on_date, e.actor_name,
                       case when e.acting_for is null then null else pe.given_name || ' ' || pe.family_name end as acting_for_name
                  from hours_ledger e
                  join hours_lot l on l.id = e.lot_id
                  left join hours_booking b on b.id = e.booking_id
                  left join person pe on pe.id = e.acting_for
                 where e.person_id = ? and e.occurred_at >= ? and e.occurred_at < ?
                 order by e.occurred_at, e.id""",
                row -> new Statement.Movement(instant(row, "occurred_at"), row.getString("kind"), row.getInt("minutes"),
                        date(row, "week_starts"), date(row, "on_date"), row.getString("actor_name"), row.getString("acting_for_name")),
                personId, start, end);
        LocalDate today = UkTime.today(clock);
        var expiring = sql.list("""
                select week_starts, expires_after, remaining_minutes from hours_lot
                 where person_id = ? and not expired and remaining_minutes > 0 and expires_after >= ?::date
                 order by expires_after""",
                row -> new Statement.Expiring(date(row, "expires_after"), row.getInt("remaining_minutes"), date(row, "week_starts")),
                personId, today);
        return new Statement(language, names[0], names[1], from, to, today, opening, movements, expiring);
    }

    static String csv(Statement statement) {
        try (var out = new StringWriter();
             var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(Problems.message("statement.header").split(",")).get())) {
            int balance = statement.opening();
            csv.printRecord(statement.from(), Problems.message("statement.kind.OPENING"), "", "", HoursInWords.of(balance), balance, "", "", "");
            for (Statement.Movement movement : statement.movements()) {
                balance += movement.minutes();
                csv.printRecord(WHEN.format(ZonedDateTime.ofInstant(movement.at(), UkTime.ZONE)), kind(movement.kind()),
                        in(movement.minutes()), out(movement.minutes()), HoursInWords.of(balance), movement.minutes(), movement.weekOf(),
                        movement.sessionDate() == null ? "" : movement.sessionDate(), byCell(movement));
            }
            csv.printRecord(statement.to(), Problems.message("statement.kind.CLOSING"), "", "", HoursInWords.of(balance), balance, "", "", "");
            for (Statement.Expiring expiring : statement.expiring()) {
                csv.printRecord(expiring.lastDay(), kind("WILL_EXPIRE"), "", HoursInWords.of(expiring.minutes()), "", -expiring.minutes(),
                        expiring.weekOf(), "", "");
            }
            csv.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kind(String kind) {
        return Problems.message("statement.kind." + kind);
    }

    /** Who, as a CSV cell: a name a spreadsheet would run as a formula (= + - @, tab, carriage return) starts with a single quote. */
    private static String byCell(Statement.Movement movement) {
        String by = by(movement);
        return !by.isEmpty() && "=+-@\t\r".indexOf(by.charAt(0)) >= 0 ? "'" + by : by;
    }

    static String by(Statement.Movement movement) {
        return movement.actingForName() == null ? movement.actorName()
                : Problems.message("statement.by.for", movement.actorName(), movement.actingForName());
    }

    /** The hours a movement adds, in words; nothing for one that takes. */
    static String in(int minutes) {
        return minutes > 0 ? HoursInWords.of(minutes) : "";
    }

    /** The hours a movement takes, in words and unsigned; nothing for one that adds. */
    static String out(int minutes) {
        return minutes < 0 ? HoursInWords.of(-minutes) : "";
    }
}
