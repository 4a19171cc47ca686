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
 * 5% of its providers in a year). The numbers are made up but stable. Written directly: no use case
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
                insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes,
                                             double_handed, staff, non_driving_staff, reported_at)
                select lp.provider_id, l.council_id, l.zone_id, w::date,
                       60 * (20 + abs(hashtext(lp.provider_id::text || l.zone_id::text)) % 60 + (extract(week from w)::int % 5) * 3),
                       60 * (abs(hashtext(l.zone_id::text || lp.provider_id::text)) % 15),
                       abs(hashtext(lp.provider_id::text)) % 3 <> 0,
                       8 + abs(hashtext(lp.provider_id::text || 'staff')) % 30,
                       abs(hashtext(lp.provider_id::text || 'drivers')) % 6,
                       least(w + interval '1 day 10 hours', ?::timestamptz)
                  from lot_provider lp
                  join lot l on l.id = lp.lot_id and l.zone_id is not null
                 cross join generate_series(?::date - 77, ?::date, interval '7 days') w
                 where abs(hashtext(lp.provider_id::text)) % 5 <> 0 or w < ?::date - 14
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
        LOG.info("Demo capacity: {} weekly reports", reports);
    }
}
