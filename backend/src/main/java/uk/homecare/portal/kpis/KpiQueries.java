package uk.homecare.portal.kpis;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.kpis.AwardGrouping;
import uk.homecare.portal.api.kpis.BrokerageCounts;
import uk.homecare.portal.api.kpis.CapacityWeek;
import uk.homecare.portal.api.kpis.ChcHours;
import uk.homecare.portal.api.kpis.DeclineCount;
import uk.homecare.portal.api.kpis.Delivery;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.api.kpis.ShortVisits;
import uk.homecare.portal.api.kpis.TimeToAward;
import uk.homecare.portal.api.kpis.WaitBand;
import uk.homecare.portal.api.kpis.WaitingBand;
import uk.homecare.portal.platform.HeavyReads;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: read a council's key performance indicators for a period, one SQL aggregate a measure (docs/kpis.md says what
 * each counts). A heavy read: on the read replica when there is one ({@link HeavyReads}), as far behind as it is.
 *
 * <p>The package history is the audit trail: an award is its {@code AWARDED} event (a package awarded again after a
 * hand-back has two), its provider and round the round's winning offer; a wait starts at the package's last entry into the
 * cascade from DRAFT (published) or AWARDED (handed back), whose {@code ENTERED_*} event says where it came from: the one
 * rule {@code portal.wait_began} (V46). An award's facts are found once, when it is recorded, by the database
 * ({@code package_award}, V44, with that rule); the visits are read from their daily sums ({@code visit_actual_day}, V43).
 */
@Singleton
class KpiQueries {

    /**
     * How awards are grouped for the time to award: the SQL of each grouping's group, over {@code timed} (an award's
     * {@code stage}, and its package's columns as {@code p_*}). A new grouping is one constant in {@link AwardGrouping} and
     * one entry here, with its column selected in {@link #AWARDS}.
     */
    static final Map<AwardGrouping, String> GROUPS = new EnumMap<>(Map.of(
            AwardGrouping.ALL, "'ALL'",
            AwardGrouping.STAGE, "stage",
            AwardGrouping.URGENCY, "p_urgency"));

    /** The group's order: stages in the cascade's order, urgencies from routine to fast track, anything else by name. */
    private static final String GROUP_ORDER =
            "array_position(array['ALL', 'PRIMARY', 'SECONDARY', 'OPEN', 'ROUTINE', 'URGENT', 'FAST_TRACK_CHC'], grp), grp";

    /**
     * The period's awards (council, start, end, then the filter's parameters), each with its minutes from the start of its
     * wait: from V44's {@code package_award}, each award's facts found once when it was recorded.
     */
    private static final String AWARDS = """
            with timed as (
                select a.package_id, a.stage, a.provider_id, a.urgency as p_urgency, a.to_primary,
                       greatest(0, floor(extract(epoch from a.awarded_at - a.wait_began_at) / 60))::int as minutes
                  from package_award a
                 where a.council_id = ? and a.awarded_at >= ? and a.awarded_at < ?%s
            )
            """;

    private static final String WAITING_STATUSES = "('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')";

    private final HeavyReads reads;
    private final Clock clock;

    KpiQueries(HeavyReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    KpiReport report(KpiFilter filter) {
        Instant now = clock.instant();
        return reads.read(HeavyReads.Freshness.MAY_LAG, sql -> report(sql, filter, now));
    }

    private KpiReport report(Sql sql, KpiFilter filter, Instant now) {
        UUID council = filter.council();
        NamedRef councilRef = sql.one("select id, name from council where id = ?", KpiQueries::named, council).orElseThrow();
        List<NamedRef> zones = sql.list("select id, name from zone where council_id = ? order by name, id", KpiQueries::named, council);
        List<NamedRef> lots = sql.list("select id, name from lot where council_id = ? order by name, id", KpiQueries::named, council);
        List<NamedRef> providers = sql.list("""
                select o.id, o.name from organisation o join organisation_council oc on oc.organisation_id = o.id
                 where oc.council_id = ? and o.kind = 'PROVIDER' order by o.name, o.id""", KpiQueries::named, council);
        NamedRef zone = chosen(zones, filter.zone(), "zone");
        NamedRef lot = chosen(lots, filter.lot(), "lot");
        NamedRef provider = chosen(providers, filter.provider(), "provider");
        Awards awards = awards(sql, filter);
        VisitSums visits = visits(sql, filter);
        return new KpiReport(councilRef, filter.from(), filter.to(), zone, lot, provider, now, brokerage(sql, filter, awards), awards.times(), waiting(sql, filter, now), declines(sql, filter),
                shortVisits(sql, filter, visits), delivery(sql, filter, visits), chc(sql, filter), capacity(sql, filter),
                zones, lots, providers, filter.urgency());
    }

    /** The council's record the filter names, or a refusal naming the field when it is not the council's. */
    private static NamedRef chosen(List<NamedRef> choices, UUID id, String field) {
        if (id == null) {
            return null;
        }
        return choices.stream().filter(choice -> choice.id().equals(id)).findFirst()
                .orElseThrow(() -> PortalProblem.invalid(field, Problems.message("kpis.filter.unknown")));
    }

    private BrokerageCounts brokerage(Sql sql, KpiFilter filter, Awards awards) {
        List<Object> published = KpiFilter.parameters(filter.council(), filter.start(), filter.end());
        String publishedWhere = filter.packages(published) + filter.offeredTo(false, published);
        int publishedCount = sql.one("""
                select count(*) from care_package p
                 where p.council_id = ? and p.published_at >= ? and p.published_at < ?""" + publishedWhere,
                row -> row.getInt(1), published.toArray()).orElse(0);

        List<Object> handBacks = KpiFilter.parameters(filter.council(), filter.start(), filter.end());
        String handBacksWhere = filter.packages(handBacks) + filter.provider("u.organisation_id", handBacks);
        int[] handedBack = sql.one("""
                select count(*) as notices, coalesce(sum(p.weekly_minutes), 0) as weekly_minutes
                  from audit_event a
                  join care_package p on p.id = a.entity_id
                  left join app_user u on u.id = a.actor_id
                 where a.council_id = ? and a.entity_type = 'care_package' and a.action = 'HAND_BACK_GIVEN'
                   and a.occurred_at >= ? and a.occurred_at < ?""" + handBacksWhere,
                row -> new int[] {row.getInt("notices"), row.getInt("weekly_minutes")}, handBacks.toArray()).orElse(new int[2]);
        return new BrokerageCounts(publishedCount, awards.count(), awards.toPrimary(), handedBack[0], handedBack[1]);
    }

    /** The period's awards: how many, how many to a provider offered them as primary, and the time to award by each grouping. */
    private record Awards(int count, int toPrimary, List<TimeToAward> times) {}

    /** One statement: the period's awards are found once for every grouping and for the counts. */
    private Awards awards(Sql sql, KpiFilter filter) {
        List<Object> parameters = KpiFilter.parameters(filter.council(), filter.start(), filter.end());
        String where = filter.packages("a", parameters) + filter.provider("a.provider_id", parameters);
        List<String> groupings = new ArrayList<>();
        for (Map.Entry<AwardGrouping, String> grouping : GROUPS.entrySet()) {
            groupings.add("""
                    select %d as by_order, '%s' as by, (%s)::text as grp, count(*) as awards,
                           count(*) filter (where to_primary) as to_primary,
                           percentile_disc(0.5) within group (order by minutes) as median,
                           percentile_disc(0.9) within group (order by minutes) as p90
                      from timed group by 3""".formatted(grouping.getKey().ordinal(), grouping.getKey().name(), grouping.getValue()));
        }
        int[] all = new int[2];
        List<TimeToAward> times = sql.list(AWARDS.formatted(where) + "select * from (" + String.join("\nunion all\n", groupings) + ") g"
                        + " where grp is not null order by by_order, " + GROUP_ORDER,
                row -> {
                    AwardGrouping by = AwardGrouping.valueOf(row.getString("by"));
                    if (by == AwardGrouping.ALL) {
                        all[0] = row.getInt("awards");
                        all[1] = row.getInt("to_primary");
                    }
                    return new TimeToAward(by, row.getString("grp"), row.getInt("awards"), row.getInt("median"), row.getInt("p90"));
                },
                parameters.toArray());
        return new Awards(all[0], all[1], times);
    }

    private List<WaitingBand> waiting(Sql sql, KpiFilter filter, Instant now) {
        List<Object> parameters = KpiFilter.parameters(now, now, filter.council());
        String where = filter.packages(parameters) + filter.offeredTo(true, parameters);
        Map<WaitBand, int[]> bands = new EnumMap<>(WaitBand.class);
        for (WaitBand band : WaitBand.values()) {
            bands.put(band, new int[4]);
        }
        sql.list("""
                with waiting as (
                    select p.status, p.weekly_minutes,
                           extract(epoch from ?::timestamptz - coalesce(w.began, p.published_at, p.stage_started_at, p.created_at))
                               / 86400 as days
                      from care_package p
                     cross join lateral portal.wait_began(p.id, p.published_at, ?::timestamptz) w
                     where p.council_id = ? and p.status in %s%s
                )
                select case when days < 1 then 'UNDER_1_DAY' when days < 3 then 'DAYS_1_TO_3' when days < 7 then 'DAYS_3_TO_7'
                            when days < 14 then 'DAYS_7_TO_14' when days < 28 then 'DAYS_14_TO_28' else 'DAYS_28_OR_MORE' end as band,
                       status = 'UNALLOCATED' as unallocated, count(*) as packages, sum(weekly_minutes) as weekly_minutes
                  from waiting group by 1, 2""".formatted(WAITING_STATUSES, where),
                row -> {
                    int[] counts = bands.get(WaitBand.valueOf(row.getString("band")));
                    int offset = row.getBoolean("unallocated") ? 0 : 2;
                    counts[offset] = row.getInt("packages");
                    counts[offset + 1] = row.getInt("weekly_minutes");
                    return counts;
                }, parameters.toArray());
        return bands.entrySet().stream()
                .map(band -> new WaitingBand(band.getKey(), band.getValue()[0], band.getValue()[1], band.getValue()[2], band.getValue()[3]))
                .toList();
    }

    private List<DeclineCount> declines(Sql sql, KpiFilter filter) {
        List<Object> parameters = KpiFilter.parameters(filter.council(), filter.start(), filter.end());
        String packages = filter.packages(parameters);
        String where = packages + filter.provider("o.provider_id", parameters);
        Map<DeclineReason, Integer> counts = new EnumMap<>(DeclineReason.class);
        for (DeclineReason reason : DeclineReason.values()) {
            counts.put(reason, 0);
        }
        // the package is read only for a zone, lot or urgency asked for: the offer has its council
        sql.list("""
                select coalesce(o.decline_reason, 'OTHER') as reason, count(*) as offers
                  from offer o%s
                 where o.council_id = ? and o.response = 'DECLINED' and o.responded_at >= ? and o.responded_at < ?%s
                 group by 1""".formatted(packages.isEmpty() ? "" : " join care_package p on p.id = o.package_id", where),
                row -> counts.merge(DeclineReason.valueOf(row.getString("reason")), row.getInt("offers"), Integer::sum),
                parameters.toArray());
        return counts.entrySet().stream().map(count -> new DeclineCount(count.getKey(), count.getValue())).toList();
    }

    private ShortVisits shortVisits(Sql sql, KpiFilter filter, VisitSums visits) {
        List<Object> commissioned = KpiFilter.parameters(filter.council());
        String where = filter.packages(commissioned) + filter.provider("p.awarded_provider_id", commissioned);
        int[] schedule = sql.one("""
                with held as (
                    select p.id, p.visits_per_day, p.visit_minutes from care_package p
                     where p.council_id = ? and p.status = 'AWARDED'%s
                ),
                visits as (
                    select v.minutes, 1 as weekly from package_visit v join held h on h.id = v.package_id
                    union all
                    select h.visit_minutes, h.visits_per_day * 7 from held h
                     where not exists (select 1 from package_visit v where v.package_id = h.id)
                )
                select coalesce(sum(weekly), 0) as visits, coalesce(sum(weekly) filter (where minutes < 30), 0) as short_visits
                  from visits""".formatted(where),
                row -> new int[] {row.getInt("visits"), row.getInt("short_visits")}, commissioned.toArray()).orElse(new int[2]);
        return new ShortVisits(schedule[0], schedule[1], visits.visits() - visits.missed(), visits.attendedPlannedUnder30(),
                visits.attendedActualUnder30());
    }

    private Delivery delivery(Sql sql, KpiFilter filter, VisitSums visits) {
        List<Object> parameters = KpiFilter.parameters(filter.to(), filter.to(), filter.from(), filter.council());
        String where = filter.packages(parameters) + filter.provider("p.awarded_provider_id", parameters);
        long commissioned = sql.one("""
                select coalesce(sum(p.weekly_minutes::bigint
                           * greatest(0, least(?::date, coalesce(p.ended_on, ?::date)) - greatest(?::date, p.start_date))), 0) / 7
                  from care_package p
                 where p.council_id = ? and p.status in ('AWARDED', 'SUSPENDED', 'ENDED')%s""".formatted(where),
                row -> row.getLong(1), parameters.toArray()).orElse(0L);
        return new Delivery(commissioned, visits.plannedMinutes(), visits.actualMinutes(), visits.visits(), visits.missed());
    }

    /** The period's recorded visits, summed. */
    private record VisitSums(int visits, int missed, long plannedMinutes, long actualMinutes, int attendedPlannedUnder30,
            int attendedActualUnder30) {}

    /** The period's visit actuals, from their daily sums (V43's {@code visit_actual_day}, kept with the visits). */
    private VisitSums visits(Sql sql, KpiFilter filter) {
        List<Object> parameters = KpiFilter.parameters(filter.council(), filter.from(), filter.to());
        String where = filter.packages("d", parameters) + filter.provider("d.provider_id", parameters);
        return sql.one("""
                select coalesce(sum(d.visits), 0) as visits, coalesce(sum(d.missed), 0) as missed,
                       coalesce(sum(d.planned_minutes), 0) as planned, coalesce(sum(d.actual_minutes), 0) as delivered,
                       coalesce(sum(d.attended_planned_under_30), 0) as planned_under_30,
                       coalesce(sum(d.attended_actual_under_30), 0) as actual_under_30
                  from visit_actual_day d
                 where d.council_id = ? and d.visit_date >= ? and d.visit_date < ?%s""".formatted(where),
                row -> new VisitSums(row.getInt("visits"), row.getInt("missed"), row.getLong("planned"), row.getLong("delivered"),
                        row.getInt("planned_under_30"), row.getInt("actual_under_30")),
                parameters.toArray()).orElseThrow();
    }

    private ChcHours chc(Sql sql, KpiFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String commissionedBy = filter.provider("p.awarded_provider_id", parameters);
        filter.provider("p.awarded_provider_id", parameters);
        String waitingFor = filter.offeredTo(true, parameters);
        filter.offeredTo(true, parameters);
        String where = filter.packages(parameters);
        parameters.add(filter.council());
        return sql.one("""
                select c.chc_weekly_minutes_required as required,
                       coalesce(sum(p.weekly_minutes) filter (where p.status = 'AWARDED'%s), 0) as commissioned,
                       count(p.id) filter (where p.status = 'AWARDED'%s) as commissioned_packages,
                       coalesce(sum(p.weekly_minutes) filter (where p.status in ('DRAFT', 'PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')%s), 0) as waiting,
                       count(p.id) filter (where p.status in ('DRAFT', 'PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')%s) as waiting_packages
                  from council c
                  left join care_package p on p.council_id = c.id and p.funding = 'NHS_CHC'%s
                 where c.id = ?
                 group by c.chc_weekly_minutes_required""".formatted(commissionedBy, commissionedBy, waitingFor, waitingFor, where),
                row -> new ChcHours(row.getInt("required"), row.getInt("commissioned"), row.getInt("commissioned_packages"),
                        row.getInt("waiting"), row.getInt("waiting_packages")),
                parameters.toArray()).orElseThrow();
    }

    private List<CapacityWeek> capacity(Sql sql, KpiFilter filter) {
        LocalDate firstMonday = filter.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        if (!firstMonday.isBefore(filter.to())) {
            return List.of();
        }
        List<Object> parameters = KpiFilter.parameters(firstMonday, filter.to(), filter.council());
        String zone = "";
        if (filter.zone() != null) {
            parameters.add(filter.zone());
            zone = " and r.zone_id = ?";
        }
        parameters.add(filter.council());
        String lot = "";
        if (filter.lot() != null) {
            parameters.add(filter.lot());
            lot = " and exists (select 1 from lot_provider lp where lp.lot_id = ? and lp.provider_id = oc.organisation_id)";
        }
        String provider = filter.provider("oc.organisation_id", parameters);
        return sql.list("""
                with weeks as (
                    select generate_series(?::date, ?::date - 1, interval '7 days')::date as week_starts
                )
                select w.week_starts, count(oc.organisation_id) as expected,
                       count(oc.organisation_id) filter (where exists (
                           select 1 from capacity_report r
                            where r.provider_id = oc.organisation_id and r.council_id = ? and r.week_starts = w.week_starts%s)) as reported
                  from weeks w
                  left join organisation_council oc
                         on oc.council_id = ? and oc.since <= w.week_starts + 6 and (oc.until is null or oc.until >= w.week_starts)
                        and exists (select 1 from organisation o where o.id = oc.organisation_id and o.kind = 'PROVIDER')%s%s
                 group by w.week_starts
                 order by w.week_starts""".formatted(zone, lot, provider),
                row -> new CapacityWeek(row.getObject("week_starts", LocalDate.class), row.getInt("expected"), row.getInt("reported")),
                parameters.toArray());
    }

    private static NamedRef named(java.sql.ResultSet row) throws java.sql.SQLException {
        return new NamedRef(uuid(row, "id"), row.getString("name"));
    }
}
