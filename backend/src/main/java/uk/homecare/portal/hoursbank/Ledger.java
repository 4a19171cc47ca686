package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * The hours ledger and the balances kept beside it. Every change to a lot's remaining minutes is made
 * here, together with the ledger entry that explains it, so the two cannot drift apart.
 */
@Singleton
class Ledger {

    /** Who moved the minutes, for the statement: a person, a carer for a person, or the bank itself. */
    record Mover(String name, String role, @Nullable UUID actingFor) {
        static final Mover BANK = new Mover("hours bank", "SYSTEM", null);

        static Mover of(Acting acting) {
            return new Mover(acting.name(), acting.role(), acting.actingFor());
        }
    }

    enum Kind { CREDIT, BOOKING, CANCELLATION, DELIVERY_ADJUSTMENT, EXPIRY }

    private final Sql sql;

    Ledger(Sql sql) {
        this.sql = sql;
    }

    /** Moves {@code minutes} (negative to draw) on a lot still in use, with its ledger entry. */
    void move(UUID lotId, @Nullable UUID bookingId, Kind kind, int minutes, Instant now, Mover mover) {
        sql.update("""
                with moved as (update hours_lot set remaining_minutes = remaining_minutes + ? where id = ? returning id, person_id)
                insert into hours_ledger (person_id, lot_id, booking_id, kind, minutes, occurred_at, actor_name, actor_role, acting_for)
                select person_id, id, ?, ?, ?, ?, ?, ?, ? from moved""",
                minutes, lotId, bookingId, kind, minutes, now, mover.name(), mover.role(), mover.actingFor());
    }

    /**
     * Gives minutes back to a lot. If the lot has expired (even a moment ago, on another node), they
     * expire with it at once: the update re-checks {@code not expired} under the lot's row lock.
     */
    void giveBack(UUID lotId, @Nullable UUID bookingId, Kind kind, int minutes, Instant now, Mover mover) {
        int stillInUse = sql.update("update hours_lot set remaining_minutes = remaining_minutes + ? where id = ? and not expired",
                minutes, lotId);
        append(lotId, bookingId, kind, minutes, now, mover);
        if (stillInUse == 0) {
            append(lotId, bookingId, Kind.EXPIRY, -minutes, now, Mover.BANK);
        }
    }

    private void append(UUID lotId, @Nullable UUID bookingId, Kind kind, int minutes, Instant now, Mover mover) {
        sql.update("""
                insert into hours_ledger (person_id, lot_id, booking_id, kind, minutes, occurred_at, actor_name, actor_role, acting_for)
                select person_id, id, ?, ?, ?, ?, ?, ?, ? from hours_lot where id = ?""",
                bookingId, kind, minutes, now, mover.name(), mover.role(), mover.actingFor(), lotId);
    }
}
