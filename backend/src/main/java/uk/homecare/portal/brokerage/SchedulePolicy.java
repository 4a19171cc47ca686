package uk.homecare.portal.brokerage;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Quantities;

/**
 * The rules of a day-by-day schedule and of the needs a provider says it meets. A schedule's visits add up to the
 * package's weekly minutes, each is at least the council's shortest visit, and there is one visit at most in each part
 * of each day. A provider can only say it meets needs the package has.
 */
final class SchedulePolicy {

    private SchedulePolicy() {}

    /** Refuses the first rule the schedule breaks, naming the field; an empty schedule breaks none. */
    static void check(List<ScheduledVisit> schedule, int weeklyMinutes, int shortestVisitMinutes) {
        Set<Slot> taken = new HashSet<>();
        int total = 0;
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledVisit visit = schedule.get(i);
            if (visit.minutes() < shortestVisitMinutes) {
                throw PortalProblem.outOfRange("schedule[" + i + "].minutes", "brokerage.visit.too-short", "min", shortestVisitMinutes);
            }
            if (!taken.add(new Slot(visit.day(), visit.timeOfDay()))) {
                throw BrokerageProblems.invalid("schedule[" + i + "].timeOfDay", "brokerage.schedule.same-slot");
            }
            total += visit.minutes();
        }
        if (!schedule.isEmpty() && total != weeklyMinutes) {
            throw BrokerageProblems.invalid("schedule", "brokerage.schedule.total", Quantities.minutes(total), Quantities.minutes(weeklyMinutes));
        }
    }

    /** Refuses needs the package does not have: a provider cannot claim credit for meeting them. */
    static void checkNeedsMet(Set<MatchingNeed> needsMet, Set<MatchingNeed> packageNeeds) {
        if (!packageNeeds.containsAll(needsMet)) {
            throw BrokerageProblems.invalid("needsMet", "brokerage.needs-met.not-asked");
        }
    }

    private record Slot(DayOfWeek day, TimeOfDay timeOfDay) {}
}
