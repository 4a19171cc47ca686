package uk.homecare.portal.capacity;

import static uk.homecare.portal.platform.Sql.integer;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.capacity.ContractBand;
import uk.homecare.portal.api.capacity.MarketHealth;
import uk.homecare.portal.api.capacity.MonthPoint;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.capacity.ViabilityBand;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.HeavyReads;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * The market's health: providers holding a contract month by month, the 5% fall warning (Bradford lost
 * 5% of its providers in a year), and each provider's committed care against the council's viability
 * band and its own contract band.
 */
@Singleton
class MarketHealthCheck {

    private final Sql sql;
    private final HeavyReads reads;
    private final AuditTrail audit;
    private final Clock clock;

    MarketHealthCheck(Sql sql, HeavyReads reads, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A heavy read, current: it shows the bands the commissioner may have just set, so the replica serves it only
     * once it has replayed the primary's position.
     */
    MarketHealth health(Actor actor) {
        return reads.read(HeavyReads.Freshness.CURRENT, sql -> health(sql, actor));
    }

    private MarketHealth health(Sql sql, Actor actor) {
        UUID council = actor.homeCouncil();
        LocalDate today = UkTime.today(clock);
        List<MonthPoint> months = sql.list("""
                select m::date as month,
                       (select count(*) from organisation_council oc join organisation o on o.id = oc.organisation_id and o.kind = 'PROVIDER'
                         where oc.council_id = ? and oc.since <= m::date and (oc.until is null or oc.until > m::date)) as active
                  from generate_series(date_trunc('month', ?::date) - interval '12 months', date_trunc('month', ?::date), interval '1 month') m
                 order by m""",
                row -> new MonthPoint(Sql.date(row, "month"), row.getInt("active")), council, today, today);
        int now = activeOn(sql, council, today);
        int yearAgo = activeOn(sql, council, today.minusYears(1));
        var change = new ProviderCountChange(now, yearAgo);
        ViabilityBand band = viability(sql, council);
        List<ProviderBand> providers = sql.list("""
                select o.id, o.name, oc.contract_min_weekly_minutes, oc.contract_max_weekly_minutes,
                       coalesce((select sum(p.weekly_minutes) from care_package p
                                  where p.council_id = oc.council_id and p.awarded_provider_id = o.id and p.status = 'AWARDED'), 0) as committed
                  from organisation_council oc join organisation o on o.id = oc.organisation_id and o.kind = 'PROVIDER'
                 where oc.council_id = ? and (oc.until is null or oc.until > ?)
                 order by o.name""",
                row -> {
                    int committed = row.getInt("committed");
                    Integer min = integer(row, "contract_min_weekly_minutes");
                    Integer max = integer(row, "contract_max_weekly_minutes");
                    boolean outside = (min != null && committed < min) || (max != null && committed > max);
                    return new ProviderBand(new NamedRef(uuid(row, "id"), row.getString("name")), committed, min, max,
                            committed < band.minWeeklyMinutes(), committed > band.maxWeeklyMinutes(), outside);
                },
                council, today);
        return new MarketHealth(months, now, yearAgo, change.percent(), change.fallWarning(), band, providers);
    }

    @Transactional
    ViabilityBand changeViability(Actor actor, ViabilityBand band) {
        UUID council = actor.homeCouncil();
        requireOrder(band.minWeeklyMinutes(), band.maxWeeklyMinutes());
        sql.update("update council set viability_min_weekly_minutes = ?, viability_max_weekly_minutes = ? where id = ?",
                band.minWeeklyMinutes(), band.maxWeeklyMinutes(), council);
        audit.record(actor, council, AuditAction.VIABILITY_BAND_CHANGED, "council", council,
                Map.of("minWeeklyMinutes", band.minWeeklyMinutes(), "maxWeeklyMinutes", band.maxWeeklyMinutes()));
        return viability(sql, council);
    }

    @Transactional
    ContractBand changeContract(Actor actor, UUID provider, ContractBand band) {
        UUID council = actor.homeCouncil();
        requireOrder(band.minWeeklyMinutes(), band.maxWeeklyMinutes());
        int changed = sql.update("""
                update organisation_council set contract_min_weekly_minutes = ?, contract_max_weekly_minutes = ?
                 where organisation_id = ? and council_id = ?
                   and organisation_id in (select id from organisation where kind = 'PROVIDER')""",
                band.minWeeklyMinutes(), band.maxWeeklyMinutes(), provider, council);
        if (changed == 0) {
            throw PortalProblem.notFound(Problems.message("capacity.provider.not-contracted"));
        }
        audit.record(actor, council, AuditAction.CONTRACT_BAND_CHANGED, "organisation", provider, Map.of(
                "minWeeklyMinutes", String.valueOf(band.minWeeklyMinutes()), "maxWeeklyMinutes", String.valueOf(band.maxWeeklyMinutes())));
        return band;
    }

    private static int activeOn(Sql sql, UUID council, LocalDate day) {
        return sql.one("""
                select count(*) from organisation_council oc join organisation o on o.id = oc.organisation_id and o.kind = 'PROVIDER'
                 where oc.council_id = ? and oc.since <= ? and (oc.until is null or oc.until > ?)""",
                row -> row.getInt(1), council, day, day).orElse(0);
    }

    private static ViabilityBand viability(Sql sql, UUID council) {
        return sql.one("select viability_min_weekly_minutes, viability_max_weekly_minutes from council where id = ?",
                row -> new ViabilityBand(row.getInt(1), row.getInt(2)), council).orElseThrow();
    }

    private static void requireOrder(Integer min, Integer max) {
        if (min != null && max != null && min > max) {
            throw PortalProblem.invalid("minWeeklyMinutes", Problems.message("capacity.band.order"));
        }
    }
}
