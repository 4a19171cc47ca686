package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.MovableClock;

/** Bookings and plans take an Idempotency-Key, with the rules of CHC placements (platform.idempotency). */
@MicronautTest(transactional = false)
@Tag("calendar")
class IdempotentBookingsAndPlansTest extends HoursBankTest {

    static final LocalDate TOMORROW = MovableClock.testDay().plusDays(1);

    /** A person with two hours a week from this week, at ten on the test day. */
    String personWithHours() {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek());
        return person;
    }

    MutableHttpRequest<BookingForm> booking(String person, String key, int minutes) {
        MutableHttpRequest<BookingForm> request = booking(person, person, TOMORROW, "10:00", minutes);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    int bookings(String person) {
        return number("select count(*) from hours_booking where person_id = ?", personOf(person));
    }

    @Test
    void a_booking_repeated_with_its_key_answers_the_first_booking_again_and_books_nothing_more() {
        String person = personWithHours();
        String key = UUID.randomUUID().toString();

        HttpResponse<Booking> first = api().exchange(booking(person, key, 60), Booking.class);
        HttpResponse<Booking> again = api().exchange(booking(person, key, 60), Booking.class);

        assertThat(first.getStatus().getCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.getStatus().getCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(bookings(person)).isOne();
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(60);
    }

    @Test
    void a_booking_whose_answer_was_lost_is_booked_once_when_the_client_retries_with_the_same_key() {
        String person = personWithHours();
        String key = UUID.randomUUID().toString();
        // The first request commits, but its answer never reaches the client (a timeout, an outage on the way back).
        api().exchange(booking(person, key, 60), String.class);
        assertThat(bookings(person)).isOne();

        Booking retried = api().retrieve(booking(person, key, 60), Booking.class);

        assertThat(bookings(person)).isOne();
        assertThat(retried.id()).isEqualTo(id("select id from hours_booking where person_id = ?", personOf(person)));
    }

    @Test
    void racing_retries_with_one_key_book_once_and_all_get_the_same_booking() throws Exception {
        String person = personWithHours();
        String key = UUID.randomUUID().toString();

        List<HttpResponse<Booking>> answers = race(12, () -> booking(person, key, 60), Booking.class);

        assertThat(answers).extracting(HttpResponse::code).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().id()).containsOnly(answers.getFirst().body().id());
        assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(bookings(person)).isOne();
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(60);
    }

    @Test
    void the_same_key_with_another_body_or_for_another_person_is_refused_and_changes_nothing() {
        String person = personWithHours();
        String other = newPerson();
        plan(other, 120, thisWeek());
        String key = UUID.randomUUID().toString();
        api().retrieve(booking(person, key, 60), Booking.class);

        var longer = api().refusal(booking(person, key, 90));
        var elsewhere = api().refusal(api().as(person, POST("/api/people/" + personOf(other) + "/bookings",
                new BookingForm(TOMORROW, LocalTime.of(10, 0), 60))).header("Idempotency-Key", key));

        assertThat(longer.getStatus().getCode()).isEqualTo(422);
        assertThat(Api.problemOf(longer).type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED.urn());
        assertThat(elsewhere.getStatus().getCode()).isIn(403, 404, 422);
        assertThat(bookings(person)).isOne();
        assertThat(bookings(other)).isZero();
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(60);
    }

    @Test
    void a_key_belongs_to_its_caller_so_two_people_may_use_the_same_one() {
        String first = personWithHours();
        String second = newPerson();
        plan(second, 120, thisWeek());
        String key = "my-first-booking";

        api().retrieve(booking(first, key, 60), Booking.class);
        HttpResponse<Booking> secondAnswer = api().exchange(booking(second, key, 60), Booking.class);

        assertThat(secondAnswer.header("Idempotent-Replayed")).isNull();
        assertThat(bookings(first)).isOne();
        assertThat(bookings(second)).isOne();
    }

    @Test
    void without_a_key_each_request_books_and_a_key_that_is_not_printable_ascii_is_refused() {
        String person = personWithHours();

        api().retrieve(booking(person, null, 30), Booking.class);
        api().retrieve(booking(person, null, 30), Booking.class);
        var tooLong = api().refusal(booking(person, "k".repeat(201), 30));

        assertThat(bookings(person)).isEqualTo(2);
        assertThat(tooLong.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(tooLong).errors()).extracting(uk.homecare.portal.api.problem.Problem.FieldError::field).containsExactly("Idempotency-Key");
    }

    @Test
    void a_plan_repeated_with_its_key_or_racing_is_created_once() throws Exception {
        tenOnTheTestDay();
        String person = newPerson();
        String key = UUID.randomUUID().toString();
        Supplier<MutableHttpRequest<?>> creating = () -> api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 120, thisWeek(), null))).header("Idempotency-Key", key);

        List<HttpResponse<HoursPlan>> answers = race(8, creating, HoursPlan.class);
        HttpResponse<HoursPlan> later = api().exchange(creating.get(), HoursPlan.class);
        var changed = api().refusal(api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), 180, thisWeek(), null))).header("Idempotency-Key", key));

        assertThat(answers).extracting(HttpResponse::code).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().id()).containsOnly(later.body().id());
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(changed.getStatus().getCode()).isEqualTo(422);
        assertThat(number("select count(*) from hours_plan where person_id = ?", personOf(person))).isOne();
        assertThat(number("select weekly_minutes from hours_plan where person_id = ?", personOf(person))).isEqualTo(120);
    }

    @Test
    void a_consent_recorded_again_with_its_key_is_answered_as_the_first_time_instead_of_refused_as_a_second_live_link() {
        tenOnTheTestDay();
        String person = newPerson();
        UUID carer = id("select id from app_user where username = ?", CARER);
        String key = UUID.randomUUID().toString();
        Supplier<MutableHttpRequest<?>> recording = () -> api().as(COMMISSIONER, POST("/api/people/" + personOf(person) + "/consents",
                new ConsentForm(carer, null, null))).header("Idempotency-Key", key);

        Consent first = api().retrieve(recording.get(), Consent.class);
        HttpResponse<Consent> again = api().exchange(recording.get(), Consent.class);

        assertThat(again.getStatus().getCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().id()).isEqualTo(first.id());
        assertThat(number("select count(*) from carer_consent where person_id = ?", personOf(person))).isOne();
    }

    private <T> List<HttpResponse<T>> race(int requests, Supplier<MutableHttpRequest<?>> request, Class<T> type) throws Exception {
        List<MutableHttpRequest<?>> prepared = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            prepared.add(request.get());
        }
        return api().race(prepared, type);
    }
}
