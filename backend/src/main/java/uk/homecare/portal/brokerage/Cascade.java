package uk.homecare.portal.brokerage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Moves packages along the cascade, many at a time, in one statement each: DRAFT, UNALLOCATED or a
 * handed-back AWARDED package starts a new round at the first stage with a provider; PRIMARY moves
 * to SECONDARY, SECONDARY to OPEN (skipping stages nobody holds); OPEN ends in REVIEW when there are
 * bids and UNALLOCATED when there are none. Pending offers of the round left behind lapse, the new
 * stage's offers are made, and each move is written to the audit trail.
 */
@Singleton
class Cascade {

    static final String SYSTEM = "cascade";
    private static final int BATCH = 5_000;

    private static final String CLAIM = """
            select p.id from care_package p
             where %s
             order by p.stage_ends_at nulls first
             limit %d
               for update of p skip locked""";

    /** Moves packages on, offers them and records each move as {@code 'ENTERED_' || stage}: AuditAction's ENTERED_ constants. */
    private static final String ADVANCE = """
            with moving as (
                select p.id, p.council_id, p.lot_id, p.status as from_status, p.round as old_round,
                       case when p.status in ('DRAFT', 'UNALLOCATED', 'AWARDED') then p.round + 1 else p.round end as new_round,
                       case
                           when p.status = 'OPEN' then
                               case when exists (select 1 from offer b where b.package_id = p.id and b.round = p.round and b.response in ('BID', 'ACCEPTED'))
                                    then 'REVIEW' else 'UNALLOCATED' end
                           else coalesce(first_stage_with_provider(p.lot_id,
                                   case p.status when 'PRIMARY' then 'SECONDARY' when 'SECONDARY' then 'OPEN' else 'PRIMARY' end),
                                   'UNALLOCATED')
                       end as to_status
                  from care_package p
                 where %s
                 order by p.stage_ends_at nulls first
                 limit %d
                   for update of p skip locked
            ),
            lapsed as (
                update offer o set response = 'LAPSED', responded_at = ?::timestamptz
                  from moving m
                 where o.package_id = m.id and o.round = m.old_round and o.response = 'PENDING'
                returning o.id
            ),
            moved as (
                update care_package p
                   set status = m.to_status,
                       round = m.new_round,
                       stage_started_at = ?::timestamptz,
                       stage_ends_at = ?::timestamptz + make_interval(mins => case m.to_status
                               when 'PRIMARY' then coalesce(bp.primary_window_minutes, 1440)
                               when 'SECONDARY' then coalesce(bp.secondary_window_minutes, 1440)
                               when 'OPEN' then coalesce(bp.open_window_minutes, 2880) end),
                       published_at = coalesce(p.published_at, ?::timestamptz),
                       awarded_provider_id = null,
                       awarded_at = null,
                       hand_back_on = null,
                       version = p.version + 1
                  from moving m left join brokerage_policy bp on bp.council_id = m.council_id
                 where p.id = m.id
                returning p.id, p.council_id, p.lot_id, p.status, p.round, p.stage_ends_at
            ),
            offered as (
                insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
                select mv.id, mv.round, lp.provider_id, mv.status, ?::timestamptz, mv.stage_ends_at
                  from moved mv join lot_provider lp on lp.lot_id = mv.lot_id
                 where mv.status in ('PRIMARY', 'SECONDARY', 'OPEN') and (mv.status = 'OPEN' or lp.tier = mv.status)
                on conflict do nothing
                returning package_id, provider_id
            ),
            offered_to as (
                select x.package_id, string_agg(org.name, ', ' order by org.name) as names
                  from offered x join organisation org on org.id = x.provider_id
                 group by x.package_id
            ),
            audited as (
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                select ?::timestamptz, mv.council_id, ?::uuid, ?, ?, 'ENTERED_' || mv.status, 'care_package', mv.id,
                       jsonb_strip_nulls(jsonb_build_object('from', m.from_status, 'round', mv.round, 'windowEndsAt', mv.stage_ends_at, 'why', ?::text,
                           'offeredTo', ot.names))
                  from moved mv join moving m on m.id = mv.id
                  left join offered_to ot on ot.package_id = mv.id
                returning id
            )
            select (select count(*) from moved) as moved, (select count(*) from offered) as offered,
                   (select count(*) from lapsed) as lapsed, (select count(*) from audited) as audited""";

    /** How many packages moved, offers were made and offers lapsed. */
    record Moves(int packages, int offers, int lapsed) {
        static final Moves NONE = new Moves(0, 0, 0);

        Moves plus(Moves other) {
            return new Moves(packages + other.packages, offers + other.offers, lapsed + other.lapsed);
        }
    }

    /** Who moved the packages, for the audit trail: a person, or the cascade itself. */
    record Mover(UUID id, String name, String role, String why) {
        static Mover of(Actor actor, String why) {
            return new Mover(actor.id(), actor.username(), actor.role().name(), why);
        }

        static Mover system(String why) {
            return new Mover(null, SYSTEM, "SYSTEM", why);
        }
    }

    private final Sql sql;

    Cascade(Sql sql) {
        this.sql = sql;
    }

    /** Starts the package's cascade (or a new round of it) at the first stage with a provider. */
    @Transactional
    Moves start(UUID packageId, Instant now, Mover mover) {
        return advance("p.id = ? and p.status in ('DRAFT', 'UNALLOCATED', 'AWARDED')", BATCH, now, mover, packageId);
    }

    /** After a decline, moves the package on at once if it still waits in the stage that was declined. */
    @Transactional
    Moves passOn(UUID packageId, int round, String stage, Instant now, Mover mover) {
        return advance("p.id = ? and p.round = ? and p.status = ?", BATCH, now, mover, packageId, round, stage);
    }

    /** Moves every package whose response window has closed. Safe to run on several nodes at once. */
    @Transactional
    Moves advanceLapsed(Instant now) {
        Moves total = Moves.NONE;
        Moves batch;
        do {
            batch = advance("p.status in ('PRIMARY', 'SECONDARY', 'OPEN') and p.stage_ends_at <= ?", BATCH, now,
                    Mover.system("response window closed"), now);
            total = total.plus(batch);
        } while (batch.packages() == BATCH);
        return total;
    }

    /** Puts back into the cascade every package whose hand-back takes effect by {@code today}. */
    @Transactional
    Moves takeBackHandedBack(LocalDate today, Instant now) {
        return advance("p.status = 'AWARDED' and p.hand_back_on <= ?", BATCH, now, Mover.system("handed back"), today);
    }

    /**
     * Claims the packages first and decides their moves in a second statement. The second statement's
     * snapshot starts after the claim, so it sees every answer committed before the lock (an answer locks
     * the package too), and no answer can commit while the lock is held: a bid made just before the
     * window closed is never missed.
     */
    private Moves advance(String selection, int limit, Instant now, Mover mover, Object... selectionParameters) {
        List<UUID> claimed = sql.list(CLAIM.formatted(selection, limit), row -> Sql.uuid(row, "id"), selectionParameters);
        if (claimed.isEmpty()) {
            return Moves.NONE;
        }
        Object[] parameters = new Object[11];
        parameters[0] = claimed;
        int i = 1;
        parameters[i++] = now; // lapsed.responded_at
        parameters[i++] = now; // stage_started_at
        parameters[i++] = now; // stage_ends_at base
        parameters[i++] = now; // published_at
        parameters[i++] = now; // offered_at
        parameters[i++] = now; // audit occurred_at
        parameters[i++] = mover.id();
        parameters[i++] = mover.name();
        parameters[i++] = mover.role();
        parameters[i] = mover.why();
        return sql.one(ADVANCE.formatted("p.id = any(?)", limit),
                        row -> new Moves(row.getInt("moved"), row.getInt("offered"), row.getInt("lapsed")), parameters)
                .orElse(Moves.NONE);
    }
}
