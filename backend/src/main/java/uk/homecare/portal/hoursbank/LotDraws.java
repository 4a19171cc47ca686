package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * The draw policy: a session on a date draws from the lots whose window contains that date, the one
 * that expires first first; giving back returns minutes to the lots a booking drew from, the one that
 * expires last first. The caller holds the plan's row lock, so nobody else draws on these lots meanwhile.
 */
@Singleton
class LotDraws {

    private record Lot(UUID id, int minutes) {}

    private final Sql sql;
    private final Ledger ledger;

    LotDraws(Sql sql, Ledger ledger) {
        this.sql = sql;
        this.ledger = ledger;
    }

    /** Minutes the person can still use on {@code date}. */
    int availableOn(UUID personId, LocalDate date) {
        return usableOn(personId, date).stream().mapToInt(Lot::minutes).sum();
    }

    /** Draws {@code minutes}; the caller has checked they are available. */
    void draw(UUID personId, LocalDate date, UUID bookingId, Ledger.Kind kind, int minutes, Instant now, Ledger.Mover mover) {
        int left = minutes;
        for (Lot lot : usableOn(personId, date)) {
            if (left == 0) {
                break;
            }
            int taken = Math.min(left, lot.minutes());
            ledger.move(lot.id(), bookingId, kind, -taken, now, mover);
            left -= taken;
        }
        if (left > 0) {
            throw new IllegalStateException("Drew past the available balance; the caller must check it first");
        }
    }

    /** Gives back up to {@code minutes} of what the booking drew (all of it when null), latest-expiring lot first. */
    int giveBack(UUID bookingId, Integer minutes, Ledger.Kind kind, Instant now, Ledger.Mover mover) {
        List<Lot> drawn = sql.list("""
                select e.lot_id as id, -sum(e.minutes) as minutes
                  from hours_ledger e join hours_lot l on l.id = e.lot_id
                 where e.booking_id = ? and e.kind <> 'EXPIRY'
                 group by e.lot_id, l.expires_after
                having -sum(e.minutes) > 0
                 order by l.expires_after desc""",
                row -> new Lot(uuid(row, "id"), row.getInt("minutes")), bookingId);
        int left = minutes == null ? Integer.MAX_VALUE : minutes;
        int given = 0;
        for (Lot lot : drawn) {
            int back = Math.min(left - given, lot.minutes());
            if (back <= 0) {
                break;
            }
            ledger.giveBack(lot.id(), bookingId, kind, back, now, mover);
            given += back;
        }
        return given;
    }

    private List<Lot> usableOn(UUID personId, LocalDate date) {
        return sql.list("""
                select id, remaining_minutes as minutes from hours_lot
                 where person_id = ? and not expired and remaining_minutes > 0
                   and week_starts <= ?::date and expires_after >= ?::date
                 order by expires_after, week_starts""",
                row -> new Lot(uuid(row, "id"), row.getInt("minutes")), personId, date, date);
    }
}
