package uk.homecare.portal.hoursbank;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.homecare.portal.api.hoursbank.PlanAction;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;

/**
 * What the caller may do with a plan now: its council's commissioners end a plan that has not ended, and
 * change its weekly hours while a Monday from today on still falls within it. {@link PlanChanges} refuses by
 * the same predicates.
 */
final class PlanActions {

    private PlanActions() {}

    static List<PlanAction> of(Actor actor, PlanRow plan, LocalDate today) {
        List<PlanAction> actions = new ArrayList<>();
        if (!Capabilities.has(actor, Capability.CREATE_HOURS_PLAN) || !Objects.equals(actor.councilId(), plan.councilId())
                || !open(plan, today)) {
            return actions;
        }
        if (changeable(plan, firstMondayFrom(today.isBefore(plan.startsOn()) ? plan.startsOn() : today))) {
            actions.add(PlanAction.CHANGE_HOURS);
        }
        actions.add(PlanAction.END);
        return actions;
    }

    /** Not stopped before today and not past its last week. */
    static boolean open(PlanRow plan, LocalDate today) {
        return (plan.stoppedOn() == null || !plan.stoppedOn().isBefore(today)) && (plan.endsOn() == null || !plan.endsOn().isBefore(today));
    }

    /** Whether the weekly hours may change from {@code monday}: within the plan, from its first week to its last. */
    static boolean changeable(PlanRow plan, LocalDate monday) {
        LocalDate last = plan.endsOn();
        return !monday.isBefore(Durations.monday(plan.startsOn())) && (last == null || !monday.isAfter(last));
    }

    /** {@code today} when it is a Monday, else the next Monday. */
    static LocalDate firstMondayFrom(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
