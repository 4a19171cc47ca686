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
 * statement (insert ... select over the provider's visit actuals of the council dated on or before the period's last
 * day), each priced at the rate in force on the visit's day; a visit already on a line of any schedule is skipped by the
 * unique index on the visit (on conflict do nothing), not by an anti-join that would read every line of the council. Schedules of one council and
 * provider are built one at a time (the advisory lock the database's overlap trigger also takes).
 */
@Singleton
class ScheduleBuilding {

    /** Paid minutes, rate, amount and exception per visit: the rules of docs/payment-schedules.md, in one place. */
    static final String PRICED_VISITS = """
            select v.id as visit_id, v.council_id, v.provider_id, v.package_id, v.visit_date, v.planned_minutes, v.actual_minutes,
                   v.carers_present, k.carers as carers_commissioned, v.missed, k.service_type, r.source as rate_source,
                   r.rate as rate_pence, c.paid as paid_minutes,
                   case when r.rate is null then 0 else (c.paid::bigint * r.rate + 30) / 60 end as amount_pence,
                   case when r.rate is null then 'NO_RATE'
                        when v.missed then 'MISSED'
                        when v.carers_present <> k.carers then 'CARERS_DIFFER'
                        when abs(v.actual_minutes - v.planned_minutes) > %d then 'MINUTES_DIFFER' end as exception
              from visit_actual v
              join care_package p on p.id = v.package_id
              cross join lateral (select case when p.funding = 'NHS_CHC' then 'CHC' when p.out_of_hours then 'OUT_OF_HOURS'
                                              else 'DOMICILIARY' end as service_type,
                                         case when p.double_handed then 2 else 1 end as carers) k
              cross join lateral (select case when v.missed then 0
                                              else v.actual_minutes * least(v.carers_present, k.carers) end as paid) c
              left join lateral (select o.bid_rate_pence as bid from offer o
                                  where o.package_id = p.id and o.provider_id = v.provider_id and o.response = 'WON'
                                    and o.bid_rate_pence is not null
                                  order by o.round desc limit 1) b on true
              left join lateral (select rt.hourly_rate_pence as scheduled from rate rt
                                  where rt.council_id = v.council_id and rt.service_type = k.service_type
                                    and rt.effective_from <= v.visit_date
                                  order by rt.effective_from desc limit 1) s on true
              cross join lateral (select coalesce(b.bid, s.scheduled) as rate,
                                         case when b.bid is not null then 'AGREED_BID'
                                              when s.scheduled is not null then 'RATE_SCHEDULE' end as source) r
            """.formatted(VisitForm.TOLERANCE_MINUTES);

    private static final String INSERT_LINES = """
            insert into payment_line (schedule_id, council_id, visit_id, package_id, visit_date, planned_minutes, actual_minutes,
                                      carers_present, carers_commissioned, missed, service_type, rate_source, rate_pence,
                                      paid_minutes, amount_pence, exception, approved_minutes, approved_rate_pence,
                                      approved_amount_pence)
            select ?, x.council_id, x.visit_id, x.package_id, x.visit_date, x.planned_minutes, x.actual_minutes, x.carers_present,
                   x.carers_commissioned, x.missed, x.service_type, x.rate_source, x.rate_pence, x.paid_minutes, x.amount_pence,
                   x.exception,
                   case when x.exception is null then x.paid_minutes end,
                   case when x.exception is null then x.rate_pence end,
                   case when x.exception is null then x.amount_pence end
              from (%s) x
             where x.council_id = ? and x.provider_id = ? and x.visit_date <= ?
            on conflict (visit_id) do nothing""".formatted(PRICED_VISITS);

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
        UUID id = sql.one("""
                insert into payment_schedule (council_id, provider_id, period_start, built_by, built_at)
                values (?, ?, ?, ?, ?) returning id""",
                row -> Sql.uuid(row, "id"), council, form.providerId(), start, actor.username(), clock.instant()).orElseThrow();
        int lines = sql.update(INSERT_LINES, id, council, form.providerId(), end);
        audit.record(actor, council, AuditAction.PAYMENT_SCHEDULE_BUILT, "payment_schedule", id,
                Map.of("providerId", form.providerId().toString(), "periodStart", start.toString(), "lines", lines));
        return reads.show(council, id);
    }
}
