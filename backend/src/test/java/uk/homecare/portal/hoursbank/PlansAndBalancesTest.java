package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.POST;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.temporal.TemporalAdjusters.nextOrSame;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.MovableClock;

@MicronautTest(transactional = false)
@Tag("calendar")
class PlansAndBalancesTest extends HoursBankTest {

    @Test
    void each_plan_week_that_has_begun_credits_one_lot_usable_that_week_and_the_three_after() {
        tenOnTheTestDay();
        String person = newPerson();
        LocalDate twoWeeksAgo = thisWeek().minusWeeks(2);
        plan(person, 600, twoWeeksAgo);

        HoursBalance balance = balance(person, person);

        assertThat(balance.lots()).extracting(HoursLot::weekStarts)
                .containsExactly(twoWeeksAgo, twoWeeksAgo.plusWeeks(1), thisWeek());
        assertThat(balance.lots()).extracting(HoursLot::expiresAfter)
                .containsExactly(lastDayOfWindow(twoWeeksAgo), lastDayOfWindow(twoWeeksAgo.plusWeeks(1)), lastDayOfWindow(thisWeek()));
        assertThat(balance.lots()).extracting(HoursLot::expiresAfter).allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(SUNDAY));
        assertThat(balance.lots()).allSatisfy(lot -> assertThat(lot.creditedMinutes()).isEqualTo(600));
        assertThat(balance.remainingMinutes()).isEqualTo(1800);
        assertThat(balance.expiringWithinAWeekMinutes()).isZero();
    }

    @Test
    void a_plan_starts_on_a_monday() {
        tenOnTheTestDay();
        String person = newPerson();

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 600, thisWeek().plusDays(1), null)))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("startsOn");
        assertThat(number("select count(*) from hours_plan where person_id = ?", personOf(person))).isZero();
    }

    @Test
    void a_plan_needs_its_provider_s_contract_with_the_council_live_from_its_start() {
        tenOnTheTestDay();
        String person = newPerson();
        execute("update organisation_council set until = ? where organisation_id = ? and council_id = (select council_id from person where id = ?)",
                thisWeek().plusWeeks(1), provider(), personOf(person));

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 600, thisWeek().plusWeeks(1), null)))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("providerId");
        assertThat(number("select count(*) from hours_plan where person_id = ?", personOf(person))).isZero();
        execute("update organisation_council set until = null where organisation_id = ?", provider());
    }

    @Test
    void a_commissioner_plans_only_for_people_of_their_council() {
        tenOnTheTestDay();
        String person = newPerson();

        var refusal = api().refusal(api().as("commissioner@coventry.demo", POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 600, thisWeek(), null))));

        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("personId");
    }

    /**
     * The first lot's window ends on the Sunday of the test week, so on a day the clocks change (the last
     * Sunday of March or October) "the end of that Sunday" is the UK's midnight, not UTC's.
     */
    @Test
    void hours_are_warned_of_a_week_before_they_expire_and_are_gone_after_the_windows_last_sunday() {
        LocalDate lastSunday = MovableClock.testDay().with(nextOrSame(SUNDAY));
        LocalDate week = lastSunday.minusDays(27);
        clock.set(week.plusDays(2), TEN);
        String person = newPerson();
        plan(person, 600, week);

        clock.set(lastSunday.minusDays(6), LocalTime.of(9, 0));
        HoursBalance monday = balance(person, person);
        assertThat(monday.remainingMinutes()).isEqualTo(2400);
        assertThat(monday.expiringWithinAWeekMinutes()).isEqualTo(600);
        assertThat(monday.nextExpiry()).isEqualTo(lastSunday);

        clock.set(lastSunday, LocalTime.of(23, 30));
        assertThat(balance(person, person).remainingMinutes()).as("usable to the end of that Sunday").isEqualTo(2400);

        clock.set(lastSunday.plusDays(1), LocalTime.MIDNIGHT);
        HoursBalance after = balance(person, person);
        assertThat(after.remainingMinutes()).as("the first week's lot is gone; the new week's is credited").isEqualTo(2400);
        assertThat(after.lots().getFirst()).satisfies(lot -> {
            assertThat(lot.weekStarts()).isEqualTo(week);
            assertThat(lot.expiredMinutes()).isEqualTo(600);
            assertThat(lot.remainingMinutes()).isZero();
        });
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'EXPIRY'", personOf(person))).isEqualTo(1);
    }

    @Test
    void the_scheduled_crediting_is_idempotent_when_several_nodes_run_it() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek().minusWeeks(2));

        crediting.settleEveryone(today, clock.instant());
        crediting.settleEveryone(today, clock.instant());

        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'CREDIT'", personOf(person))).isEqualTo(3);
    }

    @Test
    void a_plan_that_began_months_ago_is_credited_on_any_weekday() {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek().minusWeeks(10));

        HoursBalance balance = balance(person, person);

        assertThat(balance.remainingMinutes()).as("the four lots still in their window").isEqualTo(2400);
        assertThat(balance.lots()).filteredOn(lot -> lot.remainingMinutes() > 0).extracting(HoursLot::weekStarts)
                .containsExactly(thisWeek().minusWeeks(3), thisWeek().minusWeeks(2), thisWeek().minusWeeks(1), thisWeek());
        assertThat(balance.lots()).allSatisfy(lot -> assertThat(lot.weekStarts().getDayOfWeek()).isEqualTo(MONDAY));
    }
}
