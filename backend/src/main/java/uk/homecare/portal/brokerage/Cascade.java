package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Moves packages along the cascade by {@link CascadePolicy}'s rules: DRAFT, UNALLOCATED or a handed-back
 * AWARDED package starts a new round at the first stage with a provider; PRIMARY moves to SECONDARY,
 * SECONDARY to OPEN (skipping stages nobody holds); OPEN ends in REVIEW when there are bids and
 * UNALLOCATED when there are none. Pending offers of the round left behind lapse, the new stage's offers
 * are made, and each move is written to the audit trail, in one statement for many packages at a time.
 * A single package (published, declined, answered by everyone) moves where the policy decides; the tick's
 * many packages move where the statement decides, by the same rules written in SQL.
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
                       %s as to_status
                  from care_package p
                 where p.id = any(?)
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
                       stage_ends_at = %s,
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

    /*
     * CascadePolicy's rules in SQL, for the tick's many packages at once: the next stage (first_stage_with_provider
     * is in V2__brokerage.sql), the window's end (the defaults are CascadePolicy.Windows.DEFAULT's) and, in
     * advanceLapsed, which windows have closed. Change the policy and these together: CascadePolicyAgreesWithTheSqlTest
     * runs the tick on generated packages and checks it moves each where the policy says. bench/run cascade times
     * the tick (BenchCascadeTick).
     */
    private static final String NEXT_STAGE_IN_SQL = """
            case when p.status = 'OPEN' then
                     case when exists (select 1 from offer b where b.package_id = p.id and b.round = p.round and b.response in ('BID', 'ACCEPTED'))
                          then 'REVIEW' else 'UNALLOCATED' end
                 else coalesce(first_stage_with_provider(p.lot_id,
                          case p.status when 'PRIMARY' then 'SECONDARY' when 'SECONDARY' then 'OPEN' else 'PRIMARY' end),
                          'UNALLOCATED')
            end""";
    private static final String WINDOW_END_IN_SQL = """
            ?::timestamptz + make_interval(mins => case m.to_status
                when 'PRIMARY' then coalesce(bp.primary_window_minutes, 1440)
                when 'SECONDARY' then coalesce(bp.secondary_window_minutes, 1440)
                when 'OPEN' then coalesce(bp.open_window_minutes, 2880) end)""";
    private static final String MANY_DECIDING = ADVANCE.formatted(NEXT_STAGE_IN_SQL, BATCH, WINDOW_END_IN_SQL);

    /** One package whose next stage and window's end {@link CascadePolicy} has decided: they come as parameters. */
    private static final String ONE_DECIDED = ADVANCE.formatted("?::text", 1, "?::timestamptz");

    private static final String SITUATION = """
            select p.status,
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'PRIMARY') as primary_held,
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'SECONDARY') as secondary_held,
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'FRAMEWORK') as framework_held,
                   exists (select 1 from offer b where b.package_id = p.id and b.round = p.round and b.response in ('BID', 'ACCEPTED')) as bids,
                   bp.primary_window_minutes, bp.secondary_window_minutes, bp.open_window_minutes
              from care_package p left join brokerage_policy bp on bp.council_id = p.council_id
             where p.id = ?""";

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
    private final AcrossCouncils acrossCouncils;

    Cascade(Sql sql, AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
    }

    /** Starts the package's cascade (or a new round of it) at the first stage with a provider. */
    @Transactional
    Moves start(UUID packageId, Instant now, Mover mover) {
        return moveOne("p.id = ? and p.status in ('DRAFT', 'UNALLOCATED', 'AWARDED')", now, mover, packageId);
    }

    /** After an answer that ends the stage early, moves the package on at once if it still waits in that stage. */
    @Transactional
    Moves passOn(UUID packageId, int round, String stage, Instant now, Mover mover) {
        return moveOne("p.id = ? and p.round = ? and p.status = ?", now, mover, packageId, round, stage);
    }

    /** Moves every package whose response window has closed, in every council. Safe to run on several nodes at once. */
    Moves advanceLapsed(Instant now) {
        return acrossCouncils.run("the cascade moves every council's packages whose response window closed", () -> {
            Moves total = Moves.NONE;
            Moves batch;
            do {
                batch = moveMany("p.status in ('PRIMARY', 'SECONDARY', 'OPEN') and p.stage_ends_at <= ?", now,
                        Mover.system("response window closed"), now);
                total = total.plus(batch);
            } while (batch.packages() == BATCH);
            return total;
        });
    }

    /** Puts back into the cascade every package, of every council, whose hand-back takes effect by {@code today}. */
    Moves takeBackHandedBack(LocalDate today, Instant now) {
        return acrossCouncils.run("the cascade takes back every council's packages handed back by today", () ->
                moveMany("p.status = 'AWARDED' and p.hand_back_on <= ?", now, Mover.system("handed back"), today));
    }

    /*
     * Each move claims the packages first and decides in a later statement. That statement's snapshot starts
     * after the claim, so it sees every answer committed before the lock (an answer locks the package too),
     * and no answer can commit while the lock is held: a bid made just before the window closed is never missed.
     */

    private Moves moveOne(String selection, Instant now, Mover mover, Object... selectionParameters) {
        List<UUID> claimed = claim(selection, 1, selectionParameters);
        if (claimed.isEmpty()) {
            return Moves.NONE;
        }
        Situation situation = sql.one(SITUATION, Situation::read, claimed.getFirst()).orElseThrow();
        PackageStatus to = CascadePolicy.next(situation.status(), situation.holders(), situation.bids());
        Instant windowEnd = CascadePolicy.windowEnd(to, now, situation.windows()).orElse(null);
        return move(ONE_DECIDED, List.of(to), claimed, windowEnd, now, mover);
    }

    private Moves moveMany(String selection, Instant now, Mover mover, Object... selectionParameters) {
        List<UUID> claimed = claim(selection, BATCH, selectionParameters);
        if (claimed.isEmpty()) {
            return Moves.NONE;
        }
        return move(MANY_DECIDING, List.of(), claimed, now, now, mover);
    }

    private List<UUID> claim(String selection, int limit, Object... selectionParameters) {
        return sql.list(CLAIM.formatted(selection, limit), row -> Sql.uuid(row, "id"), selectionParameters);
    }

    private Moves move(String statement, List<Object> decided, List<UUID> claimed, @Nullable Instant stageEndsAt, Instant now,
            Mover mover) {
        List<Object> parameters = new ArrayList<>(decided);
        parameters.add(claimed);
        parameters.add(now); // lapsed.responded_at
        parameters.add(now); // stage_started_at
        parameters.add(stageEndsAt); // the window's end, or the start the council's window is added to
        parameters.add(now); // published_at
        parameters.add(now); // offered_at
        parameters.add(now); // audit occurred_at
        parameters.add(mover.id());
        parameters.add(mover.name());
        parameters.add(mover.role());
        parameters.add(mover.why());
        return sql.one(statement, row -> new Moves(row.getInt("moved"), row.getInt("offered"), row.getInt("lapsed")),
                        parameters.toArray())
                .orElse(Moves.NONE);
    }

    /** What {@link CascadePolicy} needs to know to move one package, read after its row is locked. */
    private record Situation(PackageStatus status, CascadePolicy.Holders holders, boolean bids, CascadePolicy.Windows windows) {

        static Situation read(ResultSet row) throws SQLException {
            Integer primaryMinutes = Sql.integer(row, "primary_window_minutes");
            CascadePolicy.Windows windows = primaryMinutes == null
                    ? CascadePolicy.Windows.DEFAULT
                    : new CascadePolicy.Windows(primaryMinutes, row.getInt("secondary_window_minutes"), row.getInt("open_window_minutes"));
            return new Situation(PackageStatus.valueOf(row.getString("status")),
                    new CascadePolicy.Holders(row.getBoolean("primary_held"), row.getBoolean("secondary_held"),
                            row.getBoolean("framework_held")),
                    row.getBoolean("bids"), windows);
        }
    }
}
