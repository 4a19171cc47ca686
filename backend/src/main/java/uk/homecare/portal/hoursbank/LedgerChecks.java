package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.hoursbank.LedgerMismatch;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/** Rebuilds every balance of the council's lots from the ledger and compares it with the balance kept. */
@Singleton
class LedgerChecks {

    private final Sql sql;

    LedgerChecks(Sql sql) {
        this.sql = sql;
    }

    LedgerCheck check(Actor actor) {
        var council = actor.homeCouncil();
        int lots = sql.one("select count(*) from hours_lot l join hours_plan p on p.id = l.plan_id where p.council_id = ?",
                row -> row.getInt(1), council).orElse(0);
        var mismatches = sql.list("""
                select l.id, l.person_id, coalesce(sum(e.minutes), 0) as ledger, l.remaining_minutes as kept
                  from hours_lot l
                  join hours_plan p on p.id = l.plan_id
                  left join hours_ledger e on e.lot_id = l.id
                 where p.council_id = ?
                 group by l.id
                having coalesce(sum(e.minutes), 0) <> l.remaining_minutes
                 order by l.person_id, l.week_starts
                 limit 1000""",
                row -> new LedgerMismatch(uuid(row, "id"), uuid(row, "person_id"), row.getInt("ledger"), row.getInt("kept")),
                council);
        return new LedgerCheck(lots, mismatches);
    }
}
