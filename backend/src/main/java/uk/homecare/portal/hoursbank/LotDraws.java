package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Draws and gives back minutes by {@link DrawOrder}: reads the person's lots, asks the policy which to draw
 * from or give back to and how much, and moves the minutes through the ledger. The caller holds the plan's
 * row lock, so nobody else draws on these lots meanwhile.
 */
@Singleton
class LotDraws {

    private final Sql sql;
    private final Ledger ledger;

    LotDraws(Sql sql, Ledger ledger) {
        this.sql = sql;
        this.ledger = ledger;
    }

    /** How {@code minutes} on {@code date} would be drawn, or the refusal with the most the person can use that day. */
    DrawOrder.Draw drawFor(UUID personId, LocalDate date, int minutes) {
        return DrawOrder.draw(usableOn(personId, date), date, minutes);
    }

    /**
     * Moves the minutes of a draw {@link #drawFor} made in this transaction, under the plan's row lock still held (so
     * the lots are as it read them: it is not read again). The lots' check constraint is the backstop.
     */
    void take(DrawOrder.Drawn drawn, UUID bookingId, Ledger.Kind kind, Instant now, Ledger.Mover mover) {
        for (DrawOrder.Take take : drawn.takes()) {
            ledger.move(take.lot(), bookingId, kind, -take.minutes(), now, mover);
        }
    }

    /** Gives back up to {@code minutes} of what the booking drew (all of it when null); returns how many. */
    int giveBack(UUID bookingId, Integer minutes, Ledger.Kind kind, Instant now, Ledger.Mover mover) {
        List<DrawOrder.Held> held = sql.list("""
                select e.lot_id as id, l.expires_after, -sum(e.minutes) as minutes
                  from hours_ledger e join hours_lot l on l.id = e.lot_id
                 where e.booking_id = ? and e.kind <> 'EXPIRY'
                 group by e.lot_id, l.expires_after
                having -sum(e.minutes) > 0""",
                row -> new DrawOrder.Held(uuid(row, "id"), date(row, "expires_after"), row.getInt("minutes")), bookingId);
        int given = 0;
        for (DrawOrder.Take take : DrawOrder.giveBack(held, minutes)) {
            ledger.giveBack(take.lot(), bookingId, kind, take.minutes(), now, mover);
            given += take.minutes();
        }
        return given;
    }

    /**
     * The lots {@link DrawOrder} draws from on {@code date}, in its order, picked in SQL so that only they are read
     * (the policy checks them again). DrawOrderAgreesWithTheSqlTest checks on generated lots that this picks what
     * the policy does; bench/sql/hours-booking.pgbench replays this statement, so change both together.
     */
    List<DrawOrder.Lot> usableOn(UUID personId, LocalDate date) {
        return sql.list("""
                select id, week_starts, expires_after, remaining_minutes, expired from hours_lot
                 where person_id = ? and not expired and remaining_minutes > 0
                   and week_starts <= ?::date and expires_after >= ?::date
                 order by expires_after, week_starts""",
                row -> new DrawOrder.Lot(uuid(row, "id"), date(row, "week_starts"), date(row, "expires_after"),
                        row.getInt("remaining_minutes"), row.getBoolean("expired")),
                personId, date, date);
    }
}
