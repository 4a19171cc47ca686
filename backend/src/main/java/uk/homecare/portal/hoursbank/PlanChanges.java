package uk.homecare.portal.hoursbank;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.hoursbank.HoursChangeForm;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanEndForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.PlanNotices;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: a commissioner changes a plan's weekly hours from a coming Monday, or ends the plan on a day.
 * Both lock the plan's row first, the lock every booking takes, so no booking is decided on the plan as it was.
 * <ul>
 * <li>A change is a dated version ({@code hours_plan_change}): each week's lot is credited the minutes in force
 * that week; lots already credited keep theirs. A second change from the same Monday replaces the first.
 * <li>An end sets the plan's last day: no lot for a week that begins after it, no session after it. Sessions
 * booked after it are cancelled as a person's cancellation is (their minutes given back to the lots they drew
 * from, through the ledger), and the person and the provider's staff are told.
 * </ul>
 */
@Singleton
class PlanChanges {

    private final Sql sql;
    private final PlanCommissioning plans;
    private final LotDraws draws;
    private final PlanNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    PlanChanges(Sql sql, PlanCommissioning plans, LotDraws draws, PlanNotices notices, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.plans = plans;
        this.draws = draws;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    HoursPlan changeHours(Actor actor, UUID planId, HoursChangeForm form) {
        PlanRow plan = lockedPlan(actor, planId);
        LocalDate today = UkTime.today(clock);
        LocalDate monday = form.fromMonday();
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw HoursBankProblems.invalid("fromMonday", "hours.plan.change-monday");
        }
        if (monday.isBefore(today)) {
            throw HoursBankProblems.invalid("fromMonday", "hours.plan.change-past");
        }
        if (!PlanActions.open(plan, today)) {
            throw HoursBankProblems.conflict("hours.plan.ended");
        }
        if (!PlanActions.changeable(plan, monday)) {
            throw HoursBankProblems.invalid("fromMonday", "hours.plan.change-outside", Durations.day(plan.startsOn()),
                    plan.endsOn() == null ? "-" : Durations.day(plan.endsOn()));
        }
        sql.update("""
                insert into hours_plan_change (plan_id, from_monday, weekly_minutes, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)
                on conflict (plan_id, from_monday) do update
                   set weekly_minutes = excluded.weekly_minutes, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""",
                planId, monday, form.weeklyMinutes(), clock.instant(), actor.id());
        audit.record(actor, plan.councilId(), AuditAction.HOURS_PLAN_HOURS_CHANGED, "hours_plan", planId,
                Map.of("fromMonday", monday.toString(), "weeklyMinutes", form.weeklyMinutes()));
        return plans.plan(actor, planId);
    }

    @Transactional
    HoursPlan end(Actor actor, UUID planId, PlanEndForm form) {
        PlanRow plan = lockedPlan(actor, planId);
        LocalDate today = UkTime.today(clock);
        LocalDate lastDay = form.lastDay();
        if (lastDay.isBefore(today)) {
            throw HoursBankProblems.invalid("lastDay", "hours.plan.end-past");
        }
        if (!PlanActions.open(plan, today)) {
            throw HoursBankProblems.conflict("hours.plan.ended");
        }
        if (lastDay.isBefore(plan.startsOn())) {
            throw HoursBankProblems.invalid("lastDay", "hours.plan.end-before-start", Durations.day(plan.startsOn()));
        }
        if (plan.endsOn() != null && lastDay.isAfter(plan.endsOn())) {
            throw HoursBankProblems.invalid("lastDay", "hours.plan.end-after-end", Durations.day(plan.endsOn()));
        }
        Instant now = clock.instant();
        sql.update("update hours_plan set ends_on = ?, stopped_on = ? where id = ?", lastDay, lastDay, planId);
        Ledger.Mover mover = new Ledger.Mover(actor.username(), actor.role().name(), null);
        List<UUID> later = sql.list("""
                select id from hours_booking where plan_id = ? and status = 'BOOKED' and on_date > ?::date order by on_date, start_time""",
                row -> Sql.uuid(row, "id"), planId, lastDay);
        int returned = 0;
        for (UUID booking : later) {
            int given = draws.giveBack(booking, null, Ledger.Kind.CANCELLATION, now, mover);
            sql.update("update hours_booking set status = 'CANCELLED' where id = ?", booking);
            audit.record(actor, plan.councilId(), AuditAction.HOURS_BOOKING_CANCELLED, "hours_booking", booking,
                    Map.of("minutesGivenBack", given, "because", "plan ended"));
            returned += given;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lastDay", lastDay.toString());
        details.put("sessionsCancelled", later.size());
        details.put("minutesReturned", returned);
        audit.record(actor, plan.councilId(), AuditAction.HOURS_PLAN_ENDED, "hours_plan", planId, details);
        notices.planEnded(planId, lastDay, later.size(), now);
        return plans.plan(actor, planId);
    }

    private PlanRow lockedPlan(Actor actor, UUID planId) {
        UUID council = actor.homeCouncil();
        return PlanRow.lock(sql, planId).filter(plan -> plan.councilId().equals(council))
                .orElseThrow(() -> HoursBankProblems.notFound("hours.plan.not-found"));
    }
}
