package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;

/**
 * A person's balance, derived from the ledger: per lot, what was credited, used and lost to expiry,
 * and what remains. Weeks that have begun are credited, and windows that have closed expired, first.
 */
@Singleton
class Balances {

    /** Lots that expired longer ago than this are history: they are in the statement, not the balance. */
    private static final int SHOWN_AFTER_EXPIRY_DAYS = 28;

    private final Sql sql;
    private final PersonAccess access;
    private final LotCrediting crediting;
    private final SessionLimits limits;
    private final Clock clock;

    Balances(Sql sql, PersonAccess access, LotCrediting crediting, SessionLimits limits, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.crediting = crediting;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    HoursBalance balance(Actor actor, UUID personId) {
        Acting acting = access.actingOn(actor, personId);
        LocalDate today = UkTime.today(clock);
        crediting.creditDue(personId, today, clock.instant());
        crediting.expireDue(personId, today);
        HoursPlan plan = PlanCommissioning.ofPerson(sql, actor, personId, today).orElse(null);
        List<HoursLot> lots = sql.list("""
                select l.id, l.week_starts, l.expires_after,
                       coalesce(sum(e.minutes) filter (where e.kind = 'CREDIT'), 0) as credited,
                       -coalesce(sum(e.minutes) filter (where e.kind in ('BOOKING', 'CANCELLATION', 'DELIVERY_ADJUSTMENT')), 0) as used,
                       -coalesce(sum(e.minutes) filter (where e.kind = 'EXPIRY'), 0) as expired,
                       coalesce(sum(e.minutes), 0) as remaining
                  from hours_lot l left join hours_ledger e on e.lot_id = l.id
                 where l.person_id = ? and l.expires_after >= ?::date - ?
                 group by l.id
                 order by l.expires_after, l.week_starts""",
                row -> {
                    LocalDate expiresAfter = date(row, "expires_after");
                    int remaining = expiresAfter.isBefore(today) ? 0 : row.getInt("remaining");
                    return new HoursLot(uuid(row, "id"), date(row, "week_starts"), expiresAfter, row.getInt("credited"),
                            row.getInt("used"), row.getInt("expired"), remaining,
                            remaining > 0 && expiresAfter.isBefore(today.plusDays(7)));
                },
                personId, today, SHOWN_AFTER_EXPIRY_DAYS);
        int remaining = lots.stream().mapToInt(HoursLot::remainingMinutes).sum();
        int expiringSoon = lots.stream().filter(HoursLot::expiresWithinAWeek).mapToInt(HoursLot::remainingMinutes).sum();
        LocalDate nextExpiry = lots.stream().filter(l -> l.remainingMinutes() > 0).map(HoursLot::expiresAfter).findFirst().orElse(null);
        NamedRef person = sql.one("select id, given_name || ' ' || family_name as name from person where id = ?",
                row -> new NamedRef(uuid(row, "id"), row.getString("name")), personId).orElseThrow();
        PlanRow planRow = PlanRow.of(sql, personId).orElse(null);
        return new HoursBalance(person, plan, remaining, expiringSoon, nextExpiry, lots,
                limits.of(acting.councilId(), planRow, today), BookingActions.ofBalance(acting, planRow, today));
    }

    List<Booking> bookings(Actor actor, UUID personId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Acting acting = access.actingOn(actor, personId);
        LocalDate today = UkTime.today(clock);
        Instant now = clock.instant();
        return sql.list(BookingRows.SELECT + " where b.person_id = ? and b.on_date between ? and ? order by b.on_date, b.start_time",
                        BookingRows::read, personId, from == null ? today.minusDays(28) : from, to == null ? today.plusDays(56) : to)
                .stream().map(booking -> booking.withActions(BookingActions.of(actor, acting, booking, now))).toList();
    }
}
