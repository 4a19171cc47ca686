package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.PortalTest;

/**
 * What hours bank tests share: Bridgend's demo commissioner and provider, a new person (with their own
 * service-user login) for each test, and the clock set to the dates a test is about. Every date is
 * reckoned from the test day ({@link MovableClock#testDay()}) and every time is UK wall time, so a test
 * means the same on any day the suite runs as, in summer time or winter time.
 */
abstract class HoursBankTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@bridgend.demo";
    static final String PROVIDER = "provider@bridgend.demo";
    static final String CARER = "carer@bridgend.demo";
    static final LocalTime TEN = LocalTime.of(10, 0);
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Inject
    MovableClock clock;

    @Inject
    LotCrediting crediting;

    /** A person of Bridgend with a service-user login; returns the login, the person's id is {@link #personOf}. */
    String newPerson() {
        String username = "person-" + PEOPLE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bridgend.test";
        UUID council = id("select id from council where code = 'bridgend'");
        UUID person = id("insert into person (council_id, given_name, family_name, postcode) values (?, 'Gwen', ?, 'CF31 1AA') returning id",
                council, "Test" + PEOPLE.get());
        execute("""
                insert into app_user (username, display_name, password_hash, role, council_id, person_id)
                select ?, 'Gwen', password_hash, 'SERVICE_USER', ?, ? from app_user where username = ?""",
                username, council, person, COMMISSIONER);
        return username;
    }

    UUID personOf(String username) {
        return id("select person_id from app_user where username = ?", username);
    }

    UUID provider() {
        return id("select organisation_id from app_user where username = ?", PROVIDER);
    }

    HoursPlan plan(String person, int weeklyMinutes, LocalDate startsOn) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(personOf(person), provider(), weeklyMinutes, startsOn, null))), HoursPlan.class);
    }

    HoursBalance balance(String user, String person) {
        return api().retrieve(api().as(user, GET("/api/people/" + personOf(person) + "/hours-bank")), HoursBalance.class);
    }

    MutableHttpRequest<BookingForm> booking(String user, String person, LocalDate date, String time, int minutes) {
        return api().as(user, POST("/api/people/" + personOf(person) + "/bookings", new BookingForm(date, LocalTime.parse(time), minutes)));
    }

    Booking book(String user, String person, LocalDate date, String time, int minutes) {
        return api().retrieve(booking(user, person, date, time, minutes), Booking.class);
    }

    /** Sets the clock to ten in the morning of the test day, UK time, and returns that day. */
    LocalDate tenOnTheTestDay() {
        clock.set(MovableClock.testDay(), TEN);
        return clock.today();
    }

    /** The Monday of the test day's week. */
    static LocalDate thisWeek() {
        return MovableClock.testDay().with(previousOrSame(MONDAY));
    }

    /** The last day a lot of the week beginning on {@code monday} can be used: its fourth Sunday. */
    static LocalDate lastDayOfWindow(LocalDate monday) {
        return monday.plusWeeks(4).minusDays(1);
    }

}
