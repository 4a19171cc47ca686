package uk.homecare.portal.brokerage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.notification.EmergencyNotices;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * A package still waiting for a provider (PRIMARY, SECONDARY, OPEN, REVIEW or UNALLOCATED) when its urgency's window has
 * passed since its wait began becomes an EMERGENCY, once per wait: it is marked ({@code emergency_at}), heads its council's
 * board, is offered at once to every provider on the framework with spare capacity in its zone ({@link EmergencyOffers};
 * not at REVIEW, whose bids wait for the commissioner's award), the commissioners on duty are told ({@link EmergencyNotices})
 * and its history says so. Every node may run this: each claims its packages with SKIP LOCKED and marks them in the same
 * transaction, and the mark is only set where none is, so no package becomes an emergency twice.
 */
@Singleton
class Escalation {

    static final int BATCH = 100;
    static final String SYSTEM = "escalation";

    /** The statuses of a package waiting for a provider. */
    static final String WAITING = "('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')";

    /** The window of package {@code p}'s urgency in its council {@code c}'s settings, as an interval. */
    static final String WINDOW = """
            make_interval(hours => case p.urgency when 'URGENT' then c.urgent_window_hours
                                                  when 'FAST_TRACK_CHC' then c.fast_track_window_hours
                                                  else c.routine_window_hours end)""";

    /** When package {@code p} (of council {@code c}) becomes an emergency if it still waits; null when it waits for nobody or is one. */
    static final String ESCALATES_AT = "case when p.status in " + WAITING + " and p.emergency_at is null and p.waiting_since is not null"
            + " then p.waiting_since + " + WINDOW + " end";

    private static final String CLAIM = """
            select p.id, p.council_id, p.status, p.urgency, p.waiting_since, %s as window_hours
              from care_package p join council c on c.id = p.council_id
             where p.status in %s and p.emergency_at is null and p.waiting_since is not null
               and p.waiting_since + %s <= ?::timestamptz
             order by p.waiting_since, p.id
             limit ?
               for update of p skip locked""".formatted(
            "case p.urgency when 'URGENT' then c.urgent_window_hours when 'FAST_TRACK_CHC' then c.fast_track_window_hours"
                    + " else c.routine_window_hours end", WAITING, WINDOW);

    private record Due(UUID id, UUID councilId, PackageStatus status, Urgency urgency, Instant waitingSince, int windowHours) {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final EmergencyOffers offers;
    private final EmergencyNotices notices;

    Escalation(Sql sql, AcrossCouncils acrossCouncils, EmergencyOffers offers, EmergencyNotices notices) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.offers = offers;
        this.notices = notices;
    }

    /** Makes an emergency of every package, in every council, whose window has passed by {@code now}; answers how many. */
    int escalateDue(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = acrossCouncils.run("escalation marks every council's packages that waited past their window", () -> escalateBatch(now));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int escalateBatch(Instant now) {
        List<Due> due = sql.list(CLAIM, row -> new Due(Sql.uuid(row, "id"), Sql.uuid(row, "council_id"),
                PackageStatus.valueOf(row.getString("status")), Urgency.valueOf(row.getString("urgency")),
                Sql.instant(row, "waiting_since"), row.getInt("window_hours")), now, BATCH);
        int escalated = 0;
        for (Due waiting : due) {
            if (escalate(waiting, now)) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(Due due, Instant now) {
        // the backstop of "once": only a package not yet marked is marked
        if (sql.update("update care_package set emergency_at = ?, version = version + 1 where id = ? and emergency_at is null",
                now, due.id()) != 1) {
            return false;
        }
        EmergencyOffers.Reach reach = due.status() == PackageStatus.REVIEW
                ? EmergencyOffers.Reach.NOBODY
                : offers.offerToAllWithCapacity(due.id(), now, new Cascade.Mover(null, SYSTEM, "SYSTEM", "emergency"));
        EmergencyNotices.Outcome outcome = due.status() == PackageStatus.REVIEW ? EmergencyNotices.Outcome.REVIEW
                : reach.providers().isEmpty() ? EmergencyNotices.Outcome.NO_CAPACITY : EmergencyNotices.Outcome.OFFERED;
        int told = notices.tell(due.id(), outcome, reach.providers().size(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("urgency", due.urgency().name());
        details.put("windowHours", due.windowHours());
        details.put("waitingSince", due.waitingSince().toString());
        details.put("status", due.status().name());
        details.put("outcome", outcome.name());
        if (!reach.providers().isEmpty()) {
            details.put("offeredTo", String.join(", ", reach.providers()));
        }
        details.put("commissionersTold", told);
        offers.record(new Cascade.Mover(null, SYSTEM, "SYSTEM", "emergency"), due.councilId(), "ESCALATED", due.id(), details, now);
        return true;
    }
}
