package uk.homecare.portal.demo;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.api.UkTime;

/**
 * Twelve weeks of capacity reports from the demo providers for the zones of their lots (one in five
 * went quiet two weeks ago, so the commissioner sees stale reports), Coventry's contract band of 1,200
 * to 1,500 hours a week, and one Bradford provider whose contract ended four months ago (Bradford lost
 * 5% of its providers in a year). Bridgend's one lot covers the whole borough, so each of its providers
 * reports for its home zone (every zone has several) and some neighbouring ones; twelve of its fifteen
 * providers held contracts before its 2026 framework, three joined eight months ago. The numbers are made up but stable. Written directly: no use case
 * reports for past weeks or ends a contract, and the band's would add audit entries the demo never had.
 */
@Singleton
class DemoCapacity {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCapacity.class);

    private final Sql sql;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;

    DemoCapacity(Sql sql, Clock clock, AcrossCouncils acrossCouncils) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.clock = clock;
    }

    void load() {
        acrossCouncils.run("demo activity: capacity reports and contract bands in every demo council", this::seed);
    }

    private void seed() {
        LocalDate thisWeek = UkTime.today(clock).with(DayOfWeek.MONDAY);
        int reports = sql.update("""
                with zoned as (
                    select distinct lp.provider_id, l.council_id, l.zone_id, abs(hashtext(lp.provider_id::text)) % 5 = 0 as quiet
                      from lot_provider lp
                      join lot l on l.id = lp.lot_id and l.zone_id is not null
                ),
                boroughwide as (
                    select distinct lp.provider_id, l.council_id
                      from lot_provider lp
                      join lot l on l.id = lp.lot_id and l.zone_id is null
                     where not exists (select 1 from lot zl where zl.council_id = l.council_id and zl.zone_id is not null)
                ),
                numbered_providers as (
                    select provider_id, council_id, row_number() over (partition by council_id order by provider_id) - 1 as n
                      from boroughwide
                ),
                numbered_zones as (
                    select id as zone_id, council_id, row_number() over (partition by council_id order by code) - 1 as n,
                           count(*) over (partition by council_id) as zones
                      from zone where retired_on is null
                ),
                served as (
                    select provider_id, council_id, zone_id, quiet from zoned
                    union all
                    select p.provider_id, p.council_id, z.zone_id, p.n % 5 = 4
                      from numbered_providers p join numbered_zones z on z.council_id = p.council_id
                     where p.n % z.zones = z.n or abs(hashtext(p.provider_id::text || z.zone_id::text)) % 3 = 0
                )
                insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes,
                                             double_handed, staff, non_driving_staff, reported_at)
                select s.provider_id, s.council_id, s.zone_id, w::date,
                       60 * (20 + abs(hashtext(s.provider_id::text || s.zone_id::text)) % 60 + (extract(week from w)::int % 5) * 3),
                       60 * (abs(hashtext(s.zone_id::text || s.provider_id::text)) % 15),
                       abs(hashtext(s.provider_id::text)) % 3 <> 0,
                       8 + abs(hashtext(s.provider_id::text || 'staff')) % 30,
                       abs(hashtext(s.provider_id::text || 'drivers')) % 6,
                       least(w + interval '1 day 10 hours', ?::timestamptz)
                  from served s
                 cross join generate_series(?::date - 77, ?::date, interval '7 days') w
                 where not s.quiet or w < ?::date - 14
                on conflict do nothing""",
                clock.instant(), thisWeek, thisWeek, thisWeek);
        sql.update("""
                update organisation_council set contract_min_weekly_minutes = 72000, contract_max_weekly_minutes = 90000
                 where council_id = (select id from council where code = 'coventry')
                   and organisation_id in (select id from organisation where kind = 'PROVIDER')""");
        sql.update("""
                update organisation_council set until = ?::date - 120
                 where council_id = (select id from council where code = 'bradford')
                   and organisation_id = (select o.id from organisation o join organisation_council oc on oc.organisation_id = o.id
                                           join council c on c.id = oc.council_id and c.code = 'bradford'
                                          where o.kind = 'PROVIDER'
                                            and not exists (select 1 from app_user u where u.organisation_id = o.id)
                                          order by o.name desc limit 1)""", thisWeek);
        // Bridgend's framework began in April 2026, but most of its providers held the council's contracts before
        // (its 2025 price schedule): twelve since three years back, three joined eight months ago.
        sql.update("""
                update organisation_council oc set since = case when o.rank <= 3 then ?::date - 240 else ?::date - 1095 end
                  from (select o.id, row_number() over (order by (exists (select 1 from app_user u where u.organisation_id = o.id)), o.name desc) as rank
                          from organisation o join organisation_council c on c.organisation_id = o.id
                          join council bc on bc.id = c.council_id and bc.code = 'bridgend'
                         where o.kind = 'PROVIDER') o
                 where oc.organisation_id = o.id and oc.council_id = (select id from council where code = 'bridgend')""",
                thisWeek, thisWeek);
        LOG.info("Demo capacity: {} weekly reports", reports);
    }
}
