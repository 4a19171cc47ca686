package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

@MicronautTest(transactional = false)
class PlansAndBalancesTest extends HoursBankTest {

    @Test
    void each_plan_week_that_has_begun_credits_one_lot_usable_that_week_and_the_three_after() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();
        plan(person, 600, LocalDate.of(2026, 10, 19));

        HoursBalance balance = balance(person, person);

        assertThat(balance.lots()).extracting(HoursLot::weekStarts)
                .containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2));
        assertThat(balance.lots()).extracting(HoursLot::expiresAfter)
                .containsExactly(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29));
        assertThat(balance.lots()).allSatisfy(lot -> assertThat(lot.creditedMinutes()).isEqualTo(600));
        assertThat(balance.remainingMinutes()).isEqualTo(1800);
        assertThat(balance.expiringWithinAWeekMinutes()).isZero();
    }

    @Test
    void a_plan_starts_on_a_monday() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 600, LocalDate.of(2026, 11, 3), null)))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("startsOn");
        assertThat(number("select count(*) from hours_plan where person_id = ?", personOf(person))).isZero();
    }

    @Test
    void a_commissioner_plans_only_for_people_of_their_council() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();

        var refusal = api().refusal(api().as("commissioner@coventry.demo", POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 600, LocalDate.of(2026, 11, 2), null))));

        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("personId");
    }

    @Test
    void hours_are_warned_of_a_week_before_they_expire_and_are_gone_after_the_windows_last_sunday() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();
        plan(person, 600, LocalDate.of(2026, 11, 2));

        setClock("2026-11-23T09:00:00Z");
        HoursBalance monday = balance(person, person);
        assertThat(monday.remainingMinutes()).isEqualTo(2400);
        assertThat(monday.expiringWithinAWeekMinutes()).isEqualTo(600);
        assertThat(monday.nextExpiry()).isEqualTo(LocalDate.of(2026, 11, 29));

        setClock("2026-11-29T23:30:00Z");
        assertThat(balance(person, person).remainingMinutes()).as("usable to the end of that Sunday").isEqualTo(2400);

        setClock("2026-11-30T00:00:00Z");
        HoursBalance after = balance(person, person);
        assertThat(after.remainingMinutes()).as("the lot of 2 November is gone; 30 November's is credited").isEqualTo(2400);
        assertThat(after.lots().getFirst()).satisfies(lot -> {
            assertThat(lot.weekStarts()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(lot.expiredMinutes()).isEqualTo(600);
            assertThat(lot.remainingMinutes()).isZero();
        });
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'EXPIRY'", personOf(person))).isEqualTo(1);
    }

    @Test
    void the_scheduled_crediting_is_idempotent_when_several_nodes_run_it() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();
        plan(person, 600, LocalDate.of(2026, 10, 19));
        LocalDate today = LocalDate.of(2026, 11, 4);

        crediting.creditDue(null, today, clock.instant());
        crediting.creditDue(null, today, clock.instant());

        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'CREDIT'", personOf(person))).isEqualTo(3);
    }

    @Test
    void a_plan_that_began_months_ago_is_credited_on_any_weekday() {
        setClock("2026-11-18T10:00:00Z");
        String person = newPerson();
        plan(person, 600, LocalDate.of(2026, 9, 7));

        HoursBalance wednesday = balance(person, person);

        assertThat(wednesday.remainingMinutes()).as("the four lots still in their window").isEqualTo(2400);
        assertThat(wednesday.lots()).allSatisfy(lot -> assertThat(lot.weekStarts().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    }
}
