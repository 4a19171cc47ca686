package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.Api;

/**
 * A booking reads what access to the person is decided on in the statement that locks their plan
 * ({@code PlanRow.lockForBooking}); with no plan to lock it decides access on its own first. Either way the caller is
 * told what they were told before: a stranger that the person does not exist (whether or not they have a plan), the
 * person themself that they have no plan.
 */
@MicronautTest(transactional = false)
class WhoMayBookIsDecidedWithThePlansLockTest extends HoursBankTest {

    @Test
    void a_service_user_booking_for_someone_else_with_a_plan_is_told_there_is_no_such_person_and_nothing_is_booked() {
        LocalDate today = tenOnTheTestDay();
        String someone = newPerson();
        plan(someone, 120, thisWeek());
        String stranger = newPerson();
        plan(stranger, 120, thisWeek());

        var refusal = api().refusal(booking(stranger, someone, today.plusDays(1), "10:00", 30));

        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
        assertThat(Api.problemOf(refusal).detail()).isEqualTo("No such person, or you may not act for them.");
        assertThat(number("select count(*) from hours_booking where person_id = ?", personOf(someone))).isZero();
    }

    @Test
    void a_service_user_booking_for_someone_else_without_a_plan_is_told_there_is_no_such_person_not_that_they_have_no_plan() {
        LocalDate today = tenOnTheTestDay();
        String someone = newPerson();
        String stranger = newPerson();

        var refusal = api().refusal(booking(stranger, someone, today.plusDays(1), "10:00", 30));

        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
        assertThat(Api.problemOf(refusal).detail()).isEqualTo("No such person, or you may not act for them.");
    }

    @Test
    void a_person_without_a_plan_booking_for_themself_is_told_they_have_no_plan() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();

        var refusal = api().refusal(booking(person, person, today.plusDays(1), "10:00", 30));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
        assertThat(Api.problemOf(refusal).detail()).isEqualTo("This person has no flexible-hours plan.");
    }

    @Test
    void a_person_with_a_plan_books_for_themself() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek());

        book(person, person, today.plusDays(1), "10:00", 30);

        assertThat(number("select count(*) from hours_booking where person_id = ?", personOf(person))).isEqualTo(1);
    }
}
