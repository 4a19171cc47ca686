package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.integer;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.scoring.BidScore;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.scoring.BidScoring;

/**
 * What a commissioner sees of their council's packages: the board (emergencies first, the earliest first; then
 * UNALLOCATED, then the longest waiting), one package with the person it is for, the bids on it, and its history from the audit trail.
 */
@Singleton
class CommissionerBoard {

    private static final String BOARD_ORDER = """
             order by case when p.emergency_at is not null and p.status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')
                           then 0 else 1 end,
                      case when p.status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED') then p.emergency_at end nulls last,
                      case p.status when 'UNALLOCATED' then 0 when 'REVIEW' then 1 when 'OPEN' then 2
                                    when 'SECONDARY' then 3 when 'PRIMARY' then 4 when 'DRAFT' then 5
                                    when 'AWARDED' then 6 when 'SUSPENDED' then 6 else 7 end,
                      p.published_at nulls last, p.created_at
             limit 1000""";

    private final Sql sql;
    private final java.time.Clock clock;
    private final BidScoring scoring;

    CommissionerBoard(Sql sql, java.time.Clock clock, BidScoring scoring) {
        this.sql = sql;
        this.clock = clock;
        this.scoring = scoring;
    }

    List<CarePackage> packages(Actor actor, @Nullable PackageStatus status) {
        return sql.list(PackageReading.SELECT + " where p.council_id = ? and (?::text is null or p.status = ?::text)" + BOARD_ORDER,
                PackageReading.withPerson(actor), actor.homeCouncil(), status, status);
    }

    CarePackage carePackage(Actor actor, UUID id) {
        return sql.one(PackageReading.SELECT + " where p.id = ? and p.council_id = ?", PackageReading.withPerson(actor), id, actor.homeCouncil())
                .orElseThrow(BrokerageProblems::packageNotFound);
    }

    /**
     * The bids and acceptances of the package's current round, and how each ended, each with its score: ranked, the top
     * first (equal scores by submission, the earliest first).
     */
    List<Bid> bids(Actor actor, UUID id) {
        carePackage(actor, id);
        java.util.Map<UUID, BidScore> scores = scoring.scores(id);
        List<UUID> ranked = List.copyOf(scores.keySet());
        return unscoredBids(id).stream().map(bid -> bid.scored(scores.get(bid.offerId())))
                .sorted(java.util.Comparator.comparingInt(bid -> ranked.indexOf(bid.offerId())))
                .toList();
    }

    private List<Bid> unscoredBids(UUID id) {
        return sql.list("""
                select o.id, o.provider_id, org.name as provider_name, o.response, o.proposed_start, o.bid_rate_pence, o.responded_at,
                       o.late_start_days, o.needs_met, """ + ProviderInbox.SPARE_CAPACITY + """
                  from offer o
                  join care_package p on p.id = o.package_id and p.round = o.round
                  join organisation org on org.id = o.provider_id
                 where o.package_id = ? and o.stage = 'OPEN' and o.response in ('BID', 'ACCEPTED', 'WON', 'LOST')
                 order by o.responded_at""",
                row -> new Bid(uuid(row, "id"), PackageReading.ref(row, "provider_id", "provider_name"),
                        OfferResponse.valueOf(row.getString("response")), date(row, "proposed_start"),
                        integer(row, "bid_rate_pence"), instant(row, "responded_at"), integer(row, "spare_capacity"),
                        integer(row, "late_start_days"), WeeklySchedules.needs(row, "needs_met")),
                ProviderInbox.freshSince(clock), id);
    }

    /** Every change to the package, oldest first: who did it, in which role, and why. */
    List<HistoryEntry> history(Actor actor, UUID id) {
        carePackage(actor, id);
        return historyOf(id);
    }

    List<HistoryEntry> historyOf(UUID id) {
        return sql.list("""
                select occurred_at, actor_name, actor_role, action,
                       coalesce((select string_agg(key || ': ' || value, '; ' order by key) from jsonb_each_text(details)), '') as details,
                       array(select key from jsonb_each_text(coalesce(details, '{}'::jsonb)) order by key) as fact_keys,
                       array(select value from jsonb_each_text(coalesce(details, '{}'::jsonb)) order by key) as fact_values
                  from audit_event
                 where entity_type = 'care_package' and entity_id = ?
                 order by occurred_at, id""",
                row -> new HistoryEntry(instant(row, "occurred_at"), row.getString("actor_name"), row.getString("actor_role"),
                        row.getString("action"), row.getString("details"), facts(row)),
                id);
    }

    /** An event's facts by name, from the query's {@code fact_keys} and {@code fact_values}. */
    static java.util.Map<String, String> facts(java.sql.ResultSet row) throws java.sql.SQLException {
        String[] keys = (String[]) row.getArray("fact_keys").getArray();
        String[] values = (String[]) row.getArray("fact_values").getArray();
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                facts.put(keys[i], values[i]);
            }
        }
        return facts;
    }
}
