package uk.homecare.portal.payments;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.payments.PaymentRun;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Builds payment schedules for a 28-day period that has ended: one provider's, or every provider's of the council at
 * once, each in one statement (its headers and lines inserted from one pass over the visits they claim), each visit
 * priced at the rate in force on its day; the visits without an exception summed into one line per package and rate,
 * each visit with an exception a line of its own. Which visits a schedule claims is a rule over the visits'
 * recording order and the provider's earlier schedules (V34), not a row per visit: visits recording is held
 * (visit_actual locked in SHARE mode) while the schedules take their {@code visits_through}. A council's schedules are
 * built one build at a time (an advisory lock), so a build sees every schedule built before it.
 */
@Singleton
class ScheduleBuilding {

    /**
     * Builds the schedules and answers each new schedule's id and provider. The visits claimed: the council's visits dated
     * on or before the period's last day and recorded before the build, of a provider with no schedule overlapping the
     * period, that no earlier schedule of their provider claims (docs/payment-schedules.md "Which visits a line pays").
     * Each visit's paid minutes, rate and exception follow the rules of docs/payment-schedules.md, in this one place: a
     * visit's package is joined once (its service type and carers), the agreed bids of the council's packages are read
     * once and joined, and the rate in force is looked up per service type and day (PostgreSQL memoises the look-up), so
     * the visits are read in one pass. Lines: one per package and rate in force (the rate's
     * effective day, or the agreed bid) for the visits without an exception, approved as computed, its amount
     * rounded half up once for the line; and one per visit with an exception ({@code solo}), awaiting the council. A
     * schedule is made for each provider with a line, and for the provider named (when one is). The second %s is the
     * providers taken ({@link #ONE_PROVIDER} or {@link #EVERY_PROVIDER}). Parameters: council (bids), council (earlier schedules), council, last day,
     * [provider,] period end and start (overlapping schedules), council, period start, built by, built at, named provider
     * (or null), council.
     */
    private static final String BUILD = """
            with through as materialized (select case when is_called then last_value else 0 end as n from visit_actual_seq),
            bids as materialized (
                select distinct on (o.package_id, o.provider_id) o.package_id, o.provider_id, o.bid_rate_pence as bid
                  from offer o join care_package p on p.id = o.package_id
                 where p.council_id = ? and o.response = 'WON' and o.bid_rate_pence is not null
                 order by o.package_id, o.provider_id, o.round desc),
            earlier as materialized (
                select provider_id, period_start, period_end, visits_through from payment_schedule where council_id = ?),
            priced as (
                select v.id as visit_id, v.provider_id, v.package_id, v.visit_date, v.planned_minutes, v.actual_minutes,
                       v.carers_present, k.carers as carers_commissioned, v.missed, k.service_type, r.source as rate_source,
                       r.rate as rate_pence, case when b.bid is null then rt.effective_from end as rate_from, c.paid as paid_minutes,
                       case when r.rate is null then 'NO_RATE'
                            when v.missed then 'MISSED'
                            when v.carers_present <> k.carers then 'CARERS_DIFFER'
                            when abs(v.actual_minutes - v.planned_minutes) > %d then 'MINUTES_DIFFER' end as exception
                  from visit_actual v
                  join care_package p on p.id = v.package_id
                  cross join lateral (select case when p.funding = 'NHS_CHC' then 'CHC' when p.out_of_hours then 'OUT_OF_HOURS'
                                                  else 'DOMICILIARY' end as service_type,
                                             case when p.double_handed then 2 else 1 end as carers) k
                  left join bids b on b.package_id = v.package_id and b.provider_id = v.provider_id
                  left join lateral (select r.effective_from, r.hourly_rate_pence from rate r
                                      where r.council_id = v.council_id and r.service_type = k.service_type
                                        and r.effective_from <= v.visit_date
                                      order by r.effective_from desc limit 1) rt on true
                  cross join lateral (select case when v.missed then 0
                                                  else v.actual_minutes * least(v.carers_present, k.carers) end as paid) c
                  cross join lateral (select coalesce(b.bid, rt.hourly_rate_pence) as rate,
                                             case when b.bid is not null then 'AGREED_BID'
                                                  when rt.hourly_rate_pence is not null then 'RATE_SCHEDULE' end as source) r
                 where v.council_id = ? and v.visit_date <= ? and v.seq <= (select n from through) and %s
                   and not exists (select 1 from earlier e
                                    where e.provider_id = v.provider_id
                                      and ((e.period_start <= ?::date and ?::date <= e.period_end)
                                           or (v.visit_date <= e.period_end and v.seq <= e.visits_through)))),
            grouped as (
                select x.provider_id, x.package_id, x.solo, min(x.visit_date) as first_day, max(x.visit_date) as last_day,
                       count(*)::integer as visits, sum(x.planned_minutes)::integer as planned,
                       sum(x.actual_minutes)::integer as actual, max(x.carers_present) as carers_present,
                       any_value(x.carers_commissioned) as carers_commissioned, bool_or(x.missed) as missed,
                       any_value(x.service_type) as service_type, any_value(x.rate_source) as rate_source,
                       any_value(x.rate_pence) as rate_pence, sum(x.paid_minutes)::integer as paid,
                       any_value(x.exception) as exception
                  from (select p.*, case when p.exception is not null then p.visit_id end as solo from priced p) x
                 group by x.provider_id, x.package_id, x.rate_from, x.solo),
            headers as (
                insert into payment_schedule (council_id, provider_id, period_start, built_by, built_at, visits_through)
                select ?, p.provider_id, ?, ?, ?, (select n from through)
                  from (select provider_id from grouped union select ?::uuid) p
                 where p.provider_id is not null
                returning id, provider_id),
            lines as (
                insert into payment_line (schedule_id, council_id, visit_id, package_id, visit_date, last_visit_date, visits,
                                          planned_minutes, actual_minutes, carers_present, carers_commissioned, missed,
                                          service_type, rate_source, rate_pence, paid_minutes, amount_pence, exception,
                                          approved_minutes, approved_rate_pence, approved_amount_pence)
                select h.id, ?, g.solo, g.package_id, g.first_day, g.last_day, g.visits, g.planned, g.actual, g.carers_present,
                       g.carers_commissioned, g.missed, g.service_type, g.rate_source, g.rate_pence, g.paid, a.amount, g.exception,
                       case when g.exception is null then g.paid end,
                       case when g.exception is null then g.rate_pence end,
                       case when g.exception is null then a.amount end
                  from grouped g
                  join headers h on h.provider_id = g.provider_id
                 cross join lateral (select case when g.rate_pence is null then 0
                                                 else (g.paid::bigint * g.rate_pence + 30) / 60 end as amount) a
                returning schedule_id)
            select h.id, h.provider_id, coalesce(n.lines, 0) as lines
              from headers h left join (select schedule_id, count(*) as lines from lines group by schedule_id) n
                                     on n.schedule_id = h.id""";

    private static final String ONE_PROVIDER = "v.provider_id = ?";
    private static final String EVERY_PROVIDER = "true";

    /** A schedule just built: its id, provider and number of lines. */
    private record Built(UUID id, UUID providerId, int lines) {}

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

    /** One provider's schedule (possibly without lines); 409 when one of the provider's overlaps the period. */
    @Transactional
    PaymentSchedule build(Actor actor, PaymentScheduleForm form) {
        UUID council = actor.homeCouncil();
        LocalDate start = periodStart(form.periodStart());
        boolean provider = sql.one("""
                select 1 from organisation o
                 where o.id = ? and o.kind = 'PROVIDER'
                   and (exists (select 1 from organisation_council oc where oc.organisation_id = o.id and oc.council_id = ?)
                        or exists (select 1 from visit_actual v where v.provider_id = o.id and v.council_id = ?))""",
                row -> true, form.providerId(), council, council).isPresent();
        if (!provider) {
            throw PortalProblem.invalid("providerId", Problems.message("payments.provider.unknown"));
        }
        holdBuilds(council);
        boolean overlaps = sql.one("""
                select 1 from payment_schedule where council_id = ? and provider_id = ?
                   and period_start <= ?::date + 27 and ?::date <= period_start + 27""",
                row -> true, council, form.providerId(), start, start).isPresent();
        if (overlaps) {
            throw PortalProblem.conflict(Problems.message("payments.period.overlaps"));
        }
        List<Built> built = insert(actor, start, form.providerId());
        return reads.show(council, built.getFirst().id());
    }

    /**
     * A schedule for every provider with visits to pay up to the period's end, except the providers with a schedule
     * overlapping the period (listed in the answer, not built again).
     */
    @Transactional
    PaymentRun buildAll(Actor actor, PaymentRunForm form) {
        UUID council = actor.homeCouncil();
        LocalDate start = periodStart(form.periodStart());
        holdBuilds(council);
        List<UUID> built = insert(actor, start, null).stream().map(Built::id).toList();
        return new PaymentRun(start, start.plusDays(PaymentScheduleForm.PERIOD_DAYS - 1L), reads.list(council, built),
                reads.overlapping(council, start, built));
    }

    private LocalDate periodStart(LocalDate start) {
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw PortalProblem.invalid("periodStart", Problems.message("payments.period.monday"));
        }
        LocalDate end = start.plusDays(PaymentScheduleForm.PERIOD_DAYS - 1L);
        if (!end.isBefore(UkTime.today(clock))) {
            throw PortalProblem.invalid("periodStart", Problems.message("payments.period.not-over", end));
        }
        return start;
    }

    /** The council's builds one at a time, for the rest of the transaction. */
    private void holdBuilds(UUID council) {
        sql.one("select count(*) as locks from (select pg_advisory_xact_lock(hashtextextended('payment_schedules:' || ?::text, 0))) l",
                row -> row.getInt("locks"), council);
    }

    /** The statement that builds the schedules, for one provider or every provider (the benchmark explains it). */
    static String statement(boolean everyProvider) {
        return BUILD.formatted(VisitForm.TOLERANCE_MINUTES, everyProvider ? EVERY_PROVIDER : ONE_PROVIDER);
    }

    /** The parameters of {@link #statement}, in its order (the benchmark explains it with them). */
    static Object[] parameters(UUID council, LocalDate start, @Nullable UUID provider, String builtBy, Instant builtAt) {
        LocalDate end = start.plusDays(PaymentScheduleForm.PERIOD_DAYS - 1L);
        List<Object> parameters = new ArrayList<>(List.of(council, council, council, end));
        if (provider != null) {
            parameters.add(provider);
        }
        parameters.addAll(Arrays.asList(end, start, council, start, builtBy, builtAt, provider, council));
        return parameters.toArray();
    }

    private List<Built> insert(Actor actor, LocalDate start, @Nullable UUID provider) {
        UUID council = actor.homeCouncil();
        // No visit is being recorded while the schedules take the last visit number (V34): recording waits for this build.
        sql.update("lock table visit_actual in share mode");
        // A council's month of visits is grouped into its lines in memory, not sorted on disk (the default 4 MB spills).
        sql.update("set local work_mem = '64MB'");
        List<Built> built = sql.list(statement(provider == null),
                row -> new Built(Sql.uuid(row, "id"), Sql.uuid(row, "provider_id"), row.getInt("lines")),
                parameters(council, start, provider, actor.username(), clock.instant()));
        Map<UUID, Map<String, Object>> details = new LinkedHashMap<>();
        for (Built schedule : built) {
            details.put(schedule.id(),
                    Map.of("providerId", schedule.providerId().toString(), "periodStart", start.toString(), "lines", schedule.lines()));
        }
        audit.recordEach(actor, council, AuditAction.PAYMENT_SCHEDULE_BUILT, "payment_schedule", details);
        return built;
    }
}
