package uk.homecare.portal.visits;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.previousOrSame;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.testing.MovableClock;

@MicronautTest(transactional = false)
class VisitsOfBookedSessionsAndExceptionsTest extends VisitsTest {

    private static final LocalTime TWO = LocalTime.of(14, 0);

    /** A person with an hours plan from last week delivered by Bridgend's provider, and a package of theirs it holds. */
    private Held personWithPlanAndPackage() {
        LocalDate lastWeek = MovableClock.testDay().with(previousOrSame(MONDAY)).minusWeeks(1);
        clock.set(lastWeek.plusDays(2), LocalTime.of(10, 0));
        Held held = heldPackage();
        api().retrieve(api().as(COMMISSIONER, POST("/api/hours-plans",
                new PlanForm(held.personId(), organisationOf(PROVIDER), 120, lastWeek, null))), HoursPlan.class);
        clock.set(MovableClock.testDay(), LocalTime.of(10, 0));
        return held;
    }

    /** The person's own service-user login, to book their sessions. */
    private String loginOf(Held held) {
        String username = "visits-" + held.personId().toString().substring(0, 8) + "@bridgend.test";
        execute("""
                insert into app_user (username, display_name, password_hash, role, council_id, person_id)
                select ?, 'Gwen', password_hash, 'SERVICE_USER', council_id, ? from app_user where username = ?
                on conflict (username) do nothing""", username, held.personId(), COMMISSIONER);
        return username;
    }

    private Booking bookToday(Held held, int minutes) {
        return api().retrieve(api().as(loginOf(held), POST("/api/people/" + held.personId() + "/bookings",
                new BookingForm(clock.today(), TWO, minutes))), Booking.class);
    }

    private VisitForm deliveredToday(UUID booking, LocalTime plannedStart, int actualMinutes) {
        return new VisitForm(clock.today(), plannedStart, plannedStart.plusMinutes(60), plannedStart, plannedStart.plusMinutes(actualMinutes),
                1, false, actualMinutes < 45 ? VarianceReason.PERSON_DECLINED : null, null, booking);
    }

    private int ledgerRowsOf(UUID booking) {
        return number("select count(*) from hours_ledger where booking_id = ? and kind = 'DELIVERY_ADJUSTMENT'", booking);
    }

    @Test
    void a_visit_of_a_booked_session_delivers_it_and_gives_the_difference_back_once() {
        Held held = personWithPlanAndPackage();
        Booking booking = bookToday(held, 60);
        clock.set(clock.today(), LocalTime.of(18, 0));

        Visit visit = recorded(held.id(), deliveredToday(booking.id(), TWO, 50));
        var again = api().refusal(record(PROVIDER, held.id(), deliveredToday(booking.id(), LocalTime.of(15, 0), 50)));

        assertThat(visit.bookingId()).isEqualTo(booking.id());
        Booking delivered = api().retrieve(api().as(PROVIDER, GET("/api/deliveries?from=" + clock.today() + "&to=" + clock.today())),
                Argument.listOf(Booking.class)).stream().filter(b -> b.id().equals(booking.id())).findFirst().orElseThrow();
        assertThat(delivered.status()).isEqualTo(BookingStatus.DELIVERED);
        assertThat(delivered.deliveredMinutes()).isEqualTo(50);
        assertThat(ledgerRowsOf(booking.id())).isOne();
        assertThat(number("select sum(minutes) from hours_ledger where booking_id = ? and kind = 'DELIVERY_ADJUSTMENT'", booking.id()))
                .isEqualTo(10);
        assertThat(again.getStatus().getCode()).isEqualTo(409);
        assertThat(visitRows(held.id())).isOne();
    }

    @Test
    void two_files_naming_the_same_booking_racing_deliver_it_once() throws Exception {
        Held held = personWithPlanAndPackage();
        Booking booking = bookToday(held, 60);
        clock.set(clock.today(), LocalTime.of(18, 0));
        String row = held.reference() + "," + clock.today() + ",%s,%s,%s,%s,1,N,,," + booking.id() + "\n";
        String one = HEADER + "\n" + row.formatted("14:00", "15:00", "14:00", "14:55");
        String other = HEADER + "\n" + row.formatted("14:05", "15:05", "14:05", "15:00");

        List<Answer> answers = race(List.of(() -> send(upload(PROVIDER, one)), () -> send(upload(PROVIDER, other))));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 422);
        assertThat(answers).filteredOn(a -> a.status() == 422).singleElement()
                .satisfies(a -> assertThat(a.report().refusedRows()).singleElement().satisfies(r -> assertThat(r.column()).isEqualTo("booking_id")));
        assertThat(ledgerRowsOf(booking.id())).isOne();
        assertThat(visitRows(held.id())).isOne();
    }

    @Test
    void a_booking_of_another_person_or_day_is_refused() {
        Held held = personWithPlanAndPackage();
        Held otherPackage = heldPackage();
        Booking booking = bookToday(held, 60);
        clock.set(clock.today(), LocalTime.of(18, 0));

        var otherPerson = api().refusal(record(PROVIDER, otherPackage.id(), deliveredToday(booking.id(), TWO, 60)));
        VisitForm yesterday = new VisitForm(clock.today().minusDays(1), TWO, TWO.plusMinutes(60), TWO, TWO.plusMinutes(60), 1, false, null,
                null, booking.id());
        var otherDay = api().refusal(record(PROVIDER, held.id(), yesterday));

        assertThat(otherPerson.getStatus().getCode()).isEqualTo(400);
        assertThat(otherDay.getStatus().getCode()).isEqualTo(400);
        assertThat(ledgerRowsOf(booking.id())).isZero();
    }

    @Test
    void the_commissioner_sees_the_missed_and_late_visits_the_next_day_and_no_other_councils() {
        Held held = heldPackage();
        LocalDate today = clock.today();
        recorded(held.id(), missed(today, LocalTime.of(7, 0)));
        recorded(held.id(), new VisitForm(today, LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(8, 20), LocalTime.of(8, 50), 1, false,
                VarianceReason.TRAVEL_DELAY, null, null));
        recorded(held.id(), new VisitForm(today, LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(9, 10), LocalTime.of(9, 40), 1, false,
                null, null, null));
        clock.set(today.plusDays(1), LocalTime.of(9, 0));

        List<Visit> exceptions = api().retrieve(api().as(COMMISSIONER, GET("/api/visit-exceptions")), Argument.listOf(Visit.class));
        List<Visit> elsewhere = api().retrieve(api().as(OTHER_COMMISSIONER, GET("/api/visit-exceptions?date=" + today)),
                Argument.listOf(Visit.class));

        assertThat(exceptions).filteredOn(v -> v.packageId().equals(held.id()))
                .extracting(Visit::plannedStart, Visit::missed, Visit::minutesLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(7, 0), true, 0),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(8, 0), false, 20));
        assertThat(elsewhere).noneMatch(v -> v.packageId().equals(held.id()));
        assertThat(api().refusal(api().as(PROVIDER, GET("/api/visit-exceptions"))).getStatus().getCode()).isEqualTo(403);
    }
}
