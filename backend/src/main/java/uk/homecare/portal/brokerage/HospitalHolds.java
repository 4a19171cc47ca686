package uk.homecare.portal.brokerage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.notification.PackageChangeNotices;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * When a suspended package's hold period (the council's {@code hospital_hold_days} from the admission) has passed
 * without a discharge, its council's commissioners and its provider are told, once per suspension, and the trail says
 * so. The package stays SUSPENDED with its provider: the council decides whether to end it, cancel it or move it.
 * Every node may run this; each claims its packages with SKIP LOCKED and marks them told in the same transaction.
 */
@Singleton
class HospitalHolds {

    static final int BATCH = 100;

    private record Passed(UUID id, UUID councilId, LocalDate suspendedOn, int holdDays) {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final PackageChangeNotices notices;

    HospitalHolds(Sql sql, AcrossCouncils acrossCouncils, PackageChangeNotices notices) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.notices = notices;
    }

    /** Tells of every hold period passed by {@code today}; answers how many packages. */
    int tellPassed(LocalDate today, Instant now) {
        return acrossCouncils.run("the hospital hold period passes for every council's suspended packages", () -> {
            List<Passed> passed = sql.list("""
                    with due as (
                        select p.id from care_package p join council c on c.id = p.council_id
                         where p.status = 'SUSPENDED' and p.hold_passed_told_at is null
                           and p.suspended_on + c.hospital_hold_days <= ?::date
                         order by p.suspended_on, p.id
                         limit ?
                           for update of p skip locked
                    )
                    update care_package p set hold_passed_told_at = ?::timestamptz
                      from due, council c
                     where p.id = due.id and c.id = p.council_id
                    returning p.id, p.council_id, p.suspended_on, c.hospital_hold_days""",
                    row -> new Passed(Sql.uuid(row, "id"), Sql.uuid(row, "council_id"), Sql.date(row, "suspended_on"),
                            row.getInt("hospital_hold_days")), today, BATCH, now);
            for (Passed p : passed) {
                notices.holdPassed(p.id(), p.suspendedOn(), p.holdDays(), now);
                sql.update("""
                        insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                        values (?::timestamptz, ?, null, 'hospital hold', 'SYSTEM', 'HOLD_PERIOD_PASSED', 'care_package', ?,
                                jsonb_build_object('suspendedOn', ?::text, 'holdDays', ?::int))""",
                        now, p.councilId(), p.id(), p.suspendedOn().toString(), p.holdDays());
            }
            return passed.size();
        });
    }
}
