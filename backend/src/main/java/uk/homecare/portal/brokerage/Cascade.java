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
import uk.homecare.portal.quality.ProviderGates;

/**
 * Moves packages along the cascade by {@link CascadePolicy}'s rules: DRAFT, UNALLOCATED or a handed-back
 * AWARDED package starts a new round at the first stage with a provider; PRIMARY moves to SECONDARY,
 * SECONDARY to OPEN (skipping stages nobody holds); OPEN ends in REVIEW when there are bids and
 * UNALLOCATED when there are none. Pending offers of the round left behind lapse, the new stage's offers
 * are made, and each move is written to the audit trail, in one statement for many packages at a time. A provider
 * that fails one of its council's gates (quality.ProviderGates) is skipped: it holds no stage and is offered nothing,
 * and the package's history says so, with the gate and why (PROVIDER_SKIPPED).
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
            with gated as (
                select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) as g(council_id, provider_id, gate, facts)
            ),
            moving as (
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
                   and not exists (select 1 from gated g where g.council_id = mv.council_id and g.provider_id = lp.provider_id)
                on conflict do nothing
                returning package_id, provider_id
            ),
            offered_to as (
                select x.package_id, string_agg(org.name, ', ' order by org.name) as names
                  from offered x join organisation org on org.id = x.provider_id
                 group by x.package_id
            ),
            skipped as (
                -- a gated provider of each stage the move looked at (passed over, or entered) is skipped, with the gate and why
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                select ?::timestamptz, mv.council_id, ?::uuid, ?, ?, 'PROVIDER_SKIPPED', 'care_package', mv.id,
                       g.facts::jsonb || jsonb_build_object('provider', org.name, 'stage', s.stage, 'gate', g.gate)
                  from moved mv join moving m on m.id = mv.id
                  cross join (values (1, 'PRIMARY'), (2, 'SECONDARY'), (3, 'OPEN')) as s(position, stage)
                  join lot_provider lp on lp.lot_id = mv.lot_id and (s.stage = 'OPEN' or lp.tier = s.stage)
                  join gated g on g.council_id = mv.council_id and g.provider_id = lp.provider_id
                  join organisation org on org.id = lp.provider_id
                 where m.from_status <> 'OPEN'
                   and s.position >= case m.from_status when 'PRIMARY' then 2 when 'SECONDARY' then 3 else 1 end
                   and s.position <= case mv.status when 'PRIMARY' then 1 when 'SECONDARY' then 2 else 3 end
                 order by mv.id, s.position, org.name
                returning id
            ),
            audited as (
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                select ?::timestamptz, mv.council_id, ?::uuid, ?, ?, 'ENTERED_' || mv.status, 'care_package', mv.id,
                       jsonb_strip_nulls(jsonb_build_object('from', m.from_status, 'round', mv.round, 'windowEndsAt', mv.stage_ends_at, 'why', ?::text,
                           'offeredTo', ot.names))
                  from moved mv join moving m on m.id = mv.id
                  left join offered_to ot on ot.package_id = mv.id
                 where (select count(*) from skipped) >= 0 -- after the skips, so the history reads skip, then offer
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
                 else coalesce(first_stage_with_ungated_provider(p.lot_id,
                          case p.status when 'PRIMARY' then 'SECONDARY' when 'SECONDARY' then 'OPEN' else 'PRIMARY' end,
                          array(select g.provider_id from gated g where g.council_id = p.council_id)),
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
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'PRIMARY'
                                                           and not (lp.provider_id = any(?::uuid[]))) as primary_held,
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'SECONDARY'
                                                           and not (lp.provider_id = any(?::uuid[]))) as secondary_held,
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'FRAMEWORK'
                                                           and not (lp.provider_id = any(?::uuid[]))) as framework_held,
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
    private final ProviderGates providerGates;

    Cascade(Sql sql, AcrossCouncils acrossCouncils, ProviderGates providerGates) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.providerGates = providerGates;
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
        Gated gated = gatedIn(claimed);
        // gated providers hold no stage: a stage only they hold is passed over, as if nobody held it
        List<UUID> gatedProviders = gated.providers();
        Situation situation = sql.one(SITUATION, Situation::read, gatedProviders, gatedProviders, gatedProviders, claimed.getFirst())
                .orElseThrow();
        PackageStatus to = CascadePolicy.next(situation.status(), situation.holders(), situation.bids());
        Instant windowEnd = CascadePolicy.windowEnd(to, now, situation.windows()).orElse(null);
        return move(ONE_DECIDED, gated, List.of(to), claimed, windowEnd, now, mover);
    }

    private Moves moveMany(String selection, Instant now, Mover mover, Object... selectionParameters) {
        List<UUID> claimed = claim(selection, BATCH, selectionParameters);
        if (claimed.isEmpty()) {
            return Moves.NONE;
        }
        return move(MANY_DECIDING, gatedIn(claimed), List.of(), claimed, now, now, mover);
    }

    /** The providers failing a gate in the councils of the claimed packages, one entry per gate failed: the move's {@code gated}. */
    private record Gated(List<UUID> councils, List<UUID> providers, List<String> gates, List<String> facts) {}

    private Gated gatedIn(List<UUID> claimed) {
        List<UUID> councils = sql.list("select distinct council_id from care_package where id = any(?)", row -> Sql.uuid(row, "council_id"),
                claimed);
        List<UUID> gatedCouncils = new ArrayList<>();
        List<UUID> providers = new ArrayList<>();
        List<String> gates = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        providerGates.failingIn(councils).forEach((pair, failures) -> failures.forEach(failure -> {
            gatedCouncils.add(pair.council());
            providers.add(pair.provider());
            gates.add(failure.gate().name());
            facts.add(providerGates.factsJson(failure));
        }));
        return new Gated(gatedCouncils, providers, gates, facts);
    }

    private List<UUID> claim(String selection, int limit, Object... selectionParameters) {
        return sql.list(CLAIM.formatted(selection, limit), row -> Sql.uuid(row, "id"), selectionParameters);
    }

    private Moves move(String statement, Gated gated, List<Object> decided, List<UUID> claimed, @Nullable Instant stageEndsAt, Instant now,
            Mover mover) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(gated.councils());
        parameters.add(gated.providers());
        parameters.add(gated.gates());
        parameters.add(gated.facts());
        parameters.addAll(decided);
        parameters.add(claimed);
        parameters.add(now); // lapsed.responded_at
        parameters.add(now); // stage_started_at
        parameters.add(stageEndsAt); // the window's end, or the start the council's window is added to
        parameters.add(now); // published_at
        parameters.add(now); // offered_at
        parameters.add(now); // skipped: occurred_at
        parameters.add(mover.id());
        parameters.add(mover.name());
        parameters.add(mover.role());
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
