package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.BalanceAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.hoursbank.HoursBalance;

/**
 * As each role, what a person's hours bank and sessions list is what the API then allows, and the
 * limits a balance shows are the ones a booking is held to.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class ListedBookingActionsTest extends HoursBankTest {

    static final String ADMIN = "admin@bridgend.demo";
    static final int COUNCIL_MINIMUM = 45;

    @BeforeAll
    void bridgendHasItsOwnMinimumVisit() {
        execute("update council set min_visit_minutes = ? where code = 'bridgend'", COUNCIL_MINIMUM);
    }

    @Test
    void the_person_may_book_within_the_limits_shown_and_council_staff_who_may_not_are_refused() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek());

        HoursBalance own = balance(person, person);

        assertThat(own.actions()).containsExactly(BalanceAction.BOOK);
        assertThat(own.limits().minimumVisitMinutes()).isEqualTo(COUNCIL_MINIMUM);
        assertThat(own.limits().longestVisitMinutes()).isEqualTo(BookingForm.LONGEST_MINUTES);
        assertThat(own.limits().firstDay()).isEqualTo(today);
        assertThat(own.limits().lastDay()).as("the end of the four-week window").isEqualTo(thisWeek().plusDays(27));
        assertThat(balance(COMMISSIONER, person).actions()).isEmpty();
        assertThat(balance(ADMIN, person).actions()).isEmpty();
        assertThat(api().refusal(booking(COMMISSIONER, person, today.plusDays(1), "10:00", COUNCIL_MINIMUM)).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(booking(person, person, today.plusDays(1), "10:00", COUNCIL_MINIMUM - 1)).getStatus().getCode()).isEqualTo(400);

        Booking booked = book(person, person, today.plusDays(1), "10:00", COUNCIL_MINIMUM);

        assertThat(booked.actions()).containsExactly(BookingAction.CHANGE, BookingAction.CANCEL);
    }

    @Test
    void a_session_lists_change_and_cancel_to_the_person_only_until_it_is_cancelled() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek());
        Booking booked = book(person, person, today.plusDays(1), "10:00", 60);
        assertThat(sessions(COMMISSIONER, person)).singleElement().satisfies(b -> assertThat(b.actions()).isEmpty());
        assertThat(sessions(person, person)).singleElement()
                .satisfies(b -> assertThat(b.actions()).containsExactly(BookingAction.CHANGE, BookingAction.CANCEL));

        Booking changed = api().retrieve(api().as(person, io.micronaut.http.HttpRequest.PUT(
                "/api/people/" + personOf(person) + "/bookings/" + booked.id(), new BookingForm(today.plusDays(2), LocalTime.of(11, 0), 60))),
                Booking.class);
        Booking cancelled = api().retrieve(api().as(person, POST("/api/people/" + personOf(person) + "/bookings/" + changed.id() + "/cancel", "")),
                Booking.class);

        assertThat(cancelled.actions()).isEmpty();
        assertThat(api().refusal(api().as(person, POST("/api/people/" + personOf(person) + "/bookings/" + booked.id() + "/cancel", "")))
                .getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void the_provider_is_offered_to_record_a_session_on_its_day_and_not_before() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek());
        Booking later = book(person, person, today, "15:00", 60);
        Booking tomorrow = book(person, person, today.plusDays(1), "10:00", 60);
        List<Booking> toDeliver = api().retrieve(api().as(PROVIDER, GET("/api/deliveries?from=" + today + "&to=" + today.plusDays(1))),
                Argument.listOf(Booking.class));

        assertThat(toDeliver).filteredOn(b -> b.id().equals(later.id())).singleElement()
                .satisfies(b -> assertThat(b.actions()).containsExactly(BookingAction.RECORD_DELIVERY));
        assertThat(toDeliver).filteredOn(b -> b.id().equals(tomorrow.id())).singleElement()
                .satisfies(b -> assertThat(b.actions()).isEmpty());
        assertThat(api().refusal(api().as(PROVIDER, POST("/api/deliveries/" + tomorrow.id(), new DeliveryForm(60)))).getStatus().getCode())
                .isEqualTo(400);

        Booking delivered = api().retrieve(api().as(PROVIDER, POST("/api/deliveries/" + later.id(), new DeliveryForm(55))), Booking.class);

        assertThat(delivered.actions()).isEmpty();
    }

    private List<Booking> sessions(String user, String person) {
        return api().retrieve(api().as(user, GET("/api/people/" + personOf(person) + "/bookings")), Argument.listOf(Booking.class));
    }
}
