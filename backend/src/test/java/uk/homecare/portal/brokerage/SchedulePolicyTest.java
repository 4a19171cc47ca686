package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.platform.problem.PortalProblem;

class SchedulePolicyTest {

    private static final ScheduledVisit MONDAY_MORNING = new ScheduledVisit(DayOfWeek.MONDAY, TimeOfDay.MORNING, 60, false);
    private static final ScheduledVisit MONDAY_TEATIME = new ScheduledVisit(DayOfWeek.MONDAY, TimeOfDay.TEATIME, 30, true);

    @Test
    void visits_adding_up_to_the_weekly_care_each_in_its_own_part_of_a_day_are_a_schedule() {
        assertThatCode(() -> SchedulePolicy.check(List.of(MONDAY_MORNING, MONDAY_TEATIME), 90, 30)).doesNotThrowAnyException();
    }

    @Test
    void no_schedule_at_all_breaks_no_rule() {
        assertThatCode(() -> SchedulePolicy.check(List.of(), 600, 30)).doesNotThrowAnyException();
    }

    @Test
    void visits_adding_up_to_more_or_less_than_the_weekly_care_are_refused() {
        assertThatThrownBy(() -> SchedulePolicy.check(List.of(MONDAY_MORNING, MONDAY_TEATIME), 120, 30))
                .isInstanceOfSatisfying(PortalProblem.class, p -> fieldIs(p, "schedule"));
        assertThatThrownBy(() -> SchedulePolicy.check(List.of(MONDAY_MORNING, MONDAY_TEATIME), 60, 30))
                .isInstanceOfSatisfying(PortalProblem.class, p -> fieldIs(p, "schedule"));
    }

    @Test
    void a_visit_shorter_than_the_councils_shortest_is_refused_by_its_place_in_the_schedule() {
        assertThatThrownBy(() -> SchedulePolicy.check(List.of(MONDAY_MORNING, MONDAY_TEATIME), 90, 45))
                .isInstanceOfSatisfying(PortalProblem.class, p -> fieldIs(p, "schedule[1].minutes"));
    }

    @Test
    void a_second_visit_in_the_same_part_of_the_same_day_is_refused() {
        var again = new ScheduledVisit(DayOfWeek.MONDAY, TimeOfDay.MORNING, 30, true);
        assertThatThrownBy(() -> SchedulePolicy.check(List.of(MONDAY_MORNING, again), 90, 30))
                .isInstanceOfSatisfying(PortalProblem.class, p -> fieldIs(p, "schedule[1].timeOfDay"));
    }

    @Test
    void a_provider_may_say_it_meets_some_all_or_none_of_the_packages_needs_but_no_other() {
        Set<MatchingNeed> asked = Set.of(MatchingNeed.DRIVER, MatchingNeed.WELSH_SPEAKING_CARER);
        assertThatCode(() -> SchedulePolicy.checkNeedsMet(Set.of(), asked)).doesNotThrowAnyException();
        assertThatCode(() -> SchedulePolicy.checkNeedsMet(Set.of(MatchingNeed.DRIVER), asked)).doesNotThrowAnyException();
        assertThatCode(() -> SchedulePolicy.checkNeedsMet(asked, asked)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SchedulePolicy.checkNeedsMet(Set.of(MatchingNeed.MALE_CARER), asked))
                .isInstanceOfSatisfying(PortalProblem.class, p -> fieldIs(p, "needsMet"));
    }

    private static void fieldIs(PortalProblem problem, String field) {
        org.assertj.core.api.Assertions.assertThat(problem.errors()).extracting(e -> e.field()).containsExactly(field);
    }
}
