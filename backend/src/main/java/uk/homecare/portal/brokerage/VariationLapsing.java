package uk.homecare.portal.brokerage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.notification.VariationNotices;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * What time does to variations, across councils: a proposal not answered by its time lapses (its council's
 * commissioners are told), and accepted terms whose date has come are applied to their package. Safe on every node at
 * once: each claims its rows with SKIP LOCKED, and an answer racing a lapse waits on the same row lock and then finds
 * the variation no longer PROPOSED.
 */
@Singleton
class VariationLapsing {

    static final String SYSTEM = "variations";
    private static final int BATCH = 500;

    private static final String LAPSE = """
            with due as (
                select id from package_variation where status = 'PROPOSED' and respond_by <= ?
                 order by respond_by limit %d for update skip locked
            ),
            lapsed as (
                update package_variation v set status = 'LAPSED', ended_at = ?::timestamptz
                  from due where v.id = due.id
                returning v.id, v.council_id, v.package_id
            ),
            audited as (
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                select ?::timestamptz, l.council_id, null, ?, 'SYSTEM', 'VARIATION_LAPSED', 'care_package', l.package_id,
                       jsonb_build_object('variation', l.id::text)
                  from lapsed l
                returning id
            )
            select l.id from lapsed l""".formatted(BATCH);

    private static final String DUE = """
            select id from package_variation where status = 'ACCEPTED' and applied_at is null and effective_from <= ?
             order by effective_from, proposed_at limit %d for update skip locked""".formatted(BATCH);

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final VariationNotices notices;

    VariationLapsing(Sql sql, AcrossCouncils acrossCouncils, VariationNotices notices) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.notices = notices;
    }

    /** Lapses every proposal whose answer was due by {@code now}; answers how many lapsed. */
    int lapse(Instant now) {
        return acrossCouncils.run("variations not answered in time lapse, in every council", () -> {
            List<UUID> lapsed = sql.list(LAPSE, row -> Sql.uuid(row, "id"), now, now, now, SYSTEM);
            for (UUID id : lapsed) {
                notices.answered(id, now);
            }
            return lapsed.size();
        });
    }

    /** Applies every accepted variation whose date has come by {@code today}; answers how many. */
    int applyDue(LocalDate today, Instant now) {
        return acrossCouncils.run("accepted variations come into force, in every council", () -> {
            List<UUID> due = sql.list(DUE, row -> Sql.uuid(row, "id"), today);
            for (UUID id : due) {
                VariationAnswers.apply(sql, id, now);
            }
            return due.size();
        });
    }
}
