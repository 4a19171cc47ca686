package uk.homecare.portal.capacity;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.StaleProvider;
import uk.homecare.portal.api.capacity.WeekPoint;
import uk.homecare.portal.api.capacity.ZoneMarket;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.HeavyReads;
import uk.homecare.portal.platform.Sql;

/**
 * The commissioner's market view: per zone, capacity from current reports against demand now and in the
 * next four weeks, and a 12-week trend; and the providers whose reports are stale. Three set-based
 * queries for the whole council, whatever the number of zones.
 */
@Singleton
class MarketAnalysis {

    static final int TREND_WEEKS = 12;

    private record Now(int daytime, int outOfHours, int providers, int doubleHanded, int staff, int nonDriving,
                       int waiting, int startingSoon, int demand) {}

    private final HeavyReads reads;
    private final Clock clock;

    MarketAnalysis(HeavyReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** A heavy read: on the read replica when there is one, as far behind the primary as the replica is. */
    MarketView market(Actor actor) {
        return reads.read(HeavyReads.Freshness.MAY_LAG, sql -> market(sql, actor));
    }

    private MarketView market(Sql sql, Actor actor) {
        UUID council = actor.homeCouncil();
        Instant now = clock.instant();
        LocalDate today = UkTime.dateOf(now);
        LocalDate thisWeek = today.with(DayOfWeek.MONDAY);
        Instant freshSince = now.minus(CapacityReporting.STALE_AFTER);

        Map<UUID, NamedRef> zones = new java.util.LinkedHashMap<>();
        Map<UUID, Now> current = new HashMap<>();
        sql.list("""
                with fresh as (
                    select distinct on (r.provider_id, r.zone_id) r.*
                      from capacity_report r
                     where r.council_id = ? and r.reported_at >= ?
                     order by r.provider_id, r.zone_id, r.week_starts desc, r.reported_at desc
                ),
                capacity as (
                    select zone_id, sum(daytime_minutes) as daytime, sum(out_of_hours_minutes) as out_of_hours, count(*) as providers,
                           count(*) filter (where double_handed) as double_handed, sum(staff) as staff, sum(non_driving_staff) as non_driving
                      from fresh group by zone_id
                ),
                demand as (
                    select zone_id,
                           sum(weekly_minutes) filter (where status in ('OPEN', 'REVIEW', 'UNALLOCATED')) as waiting,
                           sum(weekly_minutes) filter (where start_date between ? and ?) as starting_soon,
                           sum(weekly_minutes) filter (where status in ('OPEN', 'REVIEW', 'UNALLOCATED') or start_date between ? and ?) as demand
                      from care_package
                     where council_id = ? and status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')
                     group by zone_id
                )
                select z.id, z.name, coalesce(c.daytime, 0) as daytime, coalesce(c.out_of_hours, 0) as out_of_hours,
                       coalesce(c.providers, 0) as providers, coalesce(c.double_handed, 0) as double_handed,
                       coalesce(c.staff, 0) as staff, coalesce(c.non_driving, 0) as non_driving,
                       coalesce(d.waiting, 0) as waiting, coalesce(d.starting_soon, 0) as starting_soon, coalesce(d.demand, 0) as demand
                  from zone z
                  left join capacity c on c.zone_id = z.id
                  left join demand d on d.zone_id = z.id
                 where z.council_id = ? and (z.retired_on is null or z.retired_on > ?)
                 order by z.name""",
                row -> {
                    UUID zone = uuid(row, "id");
                    zones.put(zone, new NamedRef(zone, row.getString("name")));
                    current.put(zone, new Now(row.getInt("daytime"), row.getInt("out_of_hours"), row.getInt("providers"),
                            row.getInt("double_handed"), row.getInt("staff"), row.getInt("non_driving"), row.getInt("waiting"),
                            row.getInt("starting_soon"), row.getInt("demand")));
                    return zone;
                },
                council, freshSince, today, today.plusDays(28), today, today.plusDays(28), council, council, today);

        Map<UUID, List<WeekPoint>> trends = new HashMap<>();
        LocalDate firstWeek = thisWeek.minusWeeks(TREND_WEEKS - 1);
        sql.list("""
                with weeks as (select w::date as week_starts from generate_series(?::date, ?::date, interval '7 days') w),
                reported as (
                    select zone_id, week_starts, sum(daytime_minutes + out_of_hours_minutes) as minutes
                      from capacity_report where council_id = ? and week_starts >= ? group by zone_id, week_starts
                ),
                published as (
                    select zone_id, date_trunc('week', published_at at time zone 'Europe/London')::date as week_starts, sum(weekly_minutes) as minutes
                      from care_package where council_id = ? and published_at >= ?
                     group by 1, 2
                )
                select z.id as zone_id, w.week_starts, coalesce(r.minutes, 0) as reported, coalesce(p.minutes, 0) as demand
                  from zone z cross join weeks w
                  left join reported r on r.zone_id = z.id and r.week_starts = w.week_starts
                  left join published p on p.zone_id = z.id and p.week_starts = w.week_starts
                 where z.council_id = ?
                 order by z.id, w.week_starts""",
                row -> trends.computeIfAbsent(uuid(row, "zone_id"), z -> new ArrayList<>())
                        .add(new WeekPoint(Sql.date(row, "week_starts"), row.getInt("reported"), row.getInt("demand"))),
                firstWeek, thisWeek, council, firstWeek, council, firstWeek.atStartOfDay(UkTime.ZONE).toInstant(), council);

        List<ZoneMarket> market = zones.values().stream().map(zone -> {
            Now n = current.get(zone.id());
            int capacity = n.daytime() + n.outOfHours();
            return new ZoneMarket(zone, n.daytime(), n.outOfHours(), n.providers(), n.doubleHanded(), n.staff(), n.nonDriving(),
                    n.waiting(), n.startingSoon(), Math.max(0, n.demand() - capacity), trends.getOrDefault(zone.id(), List.of()));
        }).toList();
        NamedRef councilRef = sql.one("select id, name from council where id = ?", row -> new NamedRef(uuid(row, "id"), row.getString("name")), council)
                .orElseThrow();
        return new MarketView(councilRef, thisWeek, market, stale(sql, council, today, freshSince));
    }

    private static List<StaleProvider> stale(Sql sql, UUID council, LocalDate today, Instant freshSince) {
        return sql.list("""
                select o.id, o.name, max(r.reported_at) as last_reported
                  from organisation_council oc
                  join organisation o on o.id = oc.organisation_id and o.kind = 'PROVIDER'
                  left join capacity_report r on r.provider_id = o.id and r.council_id = oc.council_id
                 where oc.council_id = ? and (oc.until is null or oc.until > ?)
                 group by o.id, o.name
                having max(r.reported_at) is null or max(r.reported_at) < ?
                 order by max(r.reported_at) nulls first, o.name""",
                row -> new StaleProvider(new NamedRef(uuid(row, "id"), row.getString("name")), instant(row, "last_reported")),
                council, today, freshSince);
    }
}
