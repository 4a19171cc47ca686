package uk.homecare.portal.payments;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Builds a provider's payment schedule for a 28-day period that has ended: its header, then every line in one
 * statement (insert ... select over the visits it claims), each visit priced at the rate in force on its day; the visits
 * without an exception summed into one line per package, week and rate, each visit with an exception a line of its own.
 * Which visits it claims is a rule over the visits' recording order and the provider's earlier schedules (V34), not a
 * row per visit: visits recording is held (visit_actual locked in SHARE mode) while the schedule takes its
 * {@code visits_through}. Schedules of one council and provider are built one at a time (the advisory lock the
 * database's overlap trigger also takes).
 */
@Singleton
class ScheduleBuilding {

    /**
     * The visits a new schedule claims (docs/payment-schedules.md "Which visits a line pays"): the provider's visits of
     * the council dated on or before the period's last day, recorded before the build, that no earlier-built schedule of
     * the provider claims (those few schedules read once, not looked up per visit). Parameters: council, provider,
     * schedule id, council, provider, last day, visits-through.
     */
    static final String CLAIMED_VISITS = """
            earlier as materialized (
                select e.period_end, e.visits_through from payment_schedule e
                 where e.council_id = ? and e.provider_id = ? and e.id <> ?),
            claimed as materialized (
                select v.id, v.package_id, v.visit_date, v.planned_minutes, v.actual_minutes, v.carers_present, v.missed
                  from visit_actual v
                 where v.council_id = ? and v.provider_id = ? and v.visit_date <= ? and v.seq <= ?
                   and not exists (select 1 from earlier e where v.visit_date <= e.period_end and v.seq <= e.visits_through))""";

    /**
     * Paid minutes, rate and exception per claimed visit: the rules of docs/payment-schedules.md, in one place. A
     * package's service type, carers and agreed bid are looked up once per package, the rate in force once per service
     * type and day.
     */
    static final String PRICED_VISITS = """
            with %s,
            packages as materialized (
                select p.id, k.service_type, k.carers, b.bid
                  from care_package p
                  cross join lateral (select case when p.funding = 'NHS_CHC' then 'CHC' when p.out_of_hours then 'OUT_OF_HOURS'
                                                  else 'DOMICILIARY' end as service_type,
                                             case when p.double_handed then 2 else 1 end as carers) k
                  left join lateral (select o.bid_rate_pence as bid from offer o
                                      where o.package_id = p.id and o.provider_id = ? and o.response = 'WON'
                                        and o.bid_rate_pence is not null
                                      order by o.round desc limit 1) b on true
                 where p.id in (select package_id from claimed)),
            days as materialized (
                select d.service_type, d.visit_date, s.rate_from, s.scheduled
                  from (select distinct k.service_type, c.visit_date from claimed c join packages k on k.id = c.package_id) d
                  left join lateral (select rt.effective_from as rate_from, rt.hourly_rate_pence as scheduled from rate rt
                                      where rt.council_id = ? and rt.service_type = d.service_type and rt.effective_from <= d.visit_date
                                      order by rt.effective_from desc limit 1) s on true)
            select v.id as visit_id, v.package_id, v.visit_date, v.planned_minutes, v.actual_minutes, v.carers_present,
                   k.carers as carers_commissioned, v.missed, k.service_type, r.source as rate_source, r.rate as rate_pence,
                   case when k.bid is null then d.rate_from end as rate_from, c.paid as paid_minutes,
                   case when r.rate is null then 'NO_RATE'
                        when v.missed then 'MISSED'
                        when v.carers_present <> k.carers then 'CARERS_DIFFER'
                        when abs(v.actual_minutes - v.planned_minutes) > %d then 'MINUTES_DIFFER' end as exception
              from claimed v
              join packages k on k.id = v.package_id
              join days d on d.service_type = k.service_type and d.visit_date = v.visit_date
              cross join lateral (select case when v.missed then 0
                                              else v.actual_minutes * least(v.carers_present, k.carers) end as paid) c
              cross join lateral (select coalesce(k.bid, d.scheduled) as rate,
                                         case when k.bid is not null then 'AGREED_BID'
                                              when d.scheduled is not null then 'RATE_SCHEDULE' end as source) r
            """.formatted(CLAIMED_VISITS, VisitForm.TOLERANCE_MINUTES);

    /**
     * The lines, in one statement: one per package, week (from Monday; 1900-01-01 was one) and rate in force (the rate's
     * effective day, or the agreed bid) for the visits without an exception, approved as computed, its amount rounded
     * half up once for the line; and one per visit with an exception ({@code solo}), awaiting the council. A package's
     * service type, carers and rate source are the same for all its visits, and its rate the same for one effective day.
     * Parameters: schedule id, council, then {@link #PRICED_VISITS}'s.
     */
    private static final String INSERT_LINES = """
            insert into payment_line (schedule_id, council_id, visit_id, package_id, visit_date, last_visit_date, visits,
                                      planned_minutes, actual_minutes, carers_present, carers_commissioned, missed, service_type,
                                      rate_source, rate_pence, paid_minutes, amount_pence, exception, approved_minutes,
                                      approved_rate_pence, approved_amount_pence)
            select ?, ?, g.solo, g.package_id, g.first_day, g.last_day, g.visits, g.planned, g.actual, g.carers_present,
                   g.carers_commissioned, g.missed, g.service_type, g.rate_source, g.rate_pence, g.paid, a.amount, g.exception,
                   case when g.exception is null then g.paid end,
                   case when g.exception is null then g.rate_pence end,
                   case when g.exception is null then a.amount end
              from (select x.package_id, x.solo, min(x.visit_date) as first_day, max(x.visit_date) as last_day,
                           count(*)::integer as visits, sum(x.planned_minutes)::integer as planned,
                           sum(x.actual_minutes)::integer as actual, max(x.carers_present) as carers_present,
                           any_value(x.carers_commissioned) as carers_commissioned, bool_or(x.missed) as missed,
                           any_value(x.service_type) as service_type, any_value(x.rate_source) as rate_source,
                           any_value(x.rate_pence) as rate_pence, sum(x.paid_minutes)::integer as paid,
                           any_value(x.exception) as exception
                      from (select p.*, case when p.exception is not null then p.visit_id end as solo,
                                   (p.visit_date - date '1900-01-01') / 7 as week
                              from (%s) p) x
                     group by x.package_id, x.week, x.rate_from, x.solo) g
             cross join lateral (select case when g.rate_pence is null then 0
                                             else (g.paid::bigint * g.rate_pence + 30) / 60 end as amount) a""".formatted(PRICED_VISITS);

    /** A new schedule's id and the last visit number recorded when it was built. */
    private record Built(UUID id, long visitsThrough) {}

    private final Sql sql;
    private final ScheduleReads reads;
    private final AuditTrail audit;
    private final Clock clock;

    ScheduleBuilding(Sql sql, ScheduleReads reads, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PaymentSchedule build(Actor actor, PaymentScheduleForm form) {
        UUID council = actor.homeCouncil();
        LocalDate start = form.periodStart();
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw PortalProblem.invalid("periodStart", Problems.message("payments.period.monday"));
        }
        LocalDate end = start.plusDays(PaymentScheduleForm.PERIOD_DAYS - 1L);
        if (!end.isBefore(UkTime.today(clock))) {
            throw PortalProblem.invalid("periodStart", Problems.message("payments.period.not-over", end));
        }
        boolean provider = sql.one("""
                select 1 from organisation o
                 where o.id = ? and o.kind = 'PROVIDER'
                   and (exists (select 1 from organisation_council oc where oc.organisation_id = o.id and oc.council_id = ?)
                        or exists (select 1 from visit_actual v where v.provider_id = o.id and v.council_id = ?))""",
                row -> true, form.providerId(), council, council).isPresent();
        if (!provider) {
            throw PortalProblem.invalid("providerId", Problems.message("payments.provider.unknown"));
        }
        sql.one("select count(*) as locks from (select pg_advisory_xact_lock(hashtextextended('payment_schedule:' || ?::text"
                + " || ':' || ?::text, 0))) l", row -> row.getInt("locks"), council, form.providerId());
        boolean overlaps = sql.one("""
                select 1 from payment_schedule where council_id = ? and provider_id = ?
                   and period_start <= ?::date + 27 and ?::date <= period_start + 27""",
                row -> true, council, form.providerId(), start, start).isPresent();
        if (overlaps) {
            throw PortalProblem.conflict(Problems.message("payments.period.overlaps"));
        }
        // No visit is being recorded while the schedule takes the last visit number (V34): recording waits for this build.
        sql.update("lock table visit_actual in share mode");
        Built header = sql.one("""
                insert into payment_schedule (council_id, provider_id, period_start, built_by, built_at, visits_through)
                values (?, ?, ?, ?, ?, (select case when is_called then last_value else 0 end from visit_actual_seq))
                returning id, visits_through""",
                row -> new Built(Sql.uuid(row, "id"), row.getLong("visits_through")), council, form.providerId(), start,
                actor.username(), clock.instant()).orElseThrow();
        UUID id = header.id();
        int lines = sql.update(INSERT_LINES, id, council, council, form.providerId(), id, council, form.providerId(), end,
                header.visitsThrough(), form.providerId(), council);
        audit.record(actor, council, AuditAction.PAYMENT_SCHEDULE_BUILT, "payment_schedule", id,
                Map.of("providerId", form.providerId().toString(), "periodStart", start.toString(), "lines", lines));
        return reads.show(council, id);
    }
}
