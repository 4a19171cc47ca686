package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.testing.StatementRecorder;
import uk.homecare.portal.testing.Race;

/**
 * Lots are credited on Mondays and expire after Sundays, so a booking credits and expires its person's lots only when
 * a week has begun since the plan was last settled ({@code hours_plan.settled_through}): the first booking of the week
 * does it, once, however many race; the others send neither statement, and the balance and the draws are what they
 * were when every booking did both.
 */
@MicronautTest(transactional = false)
@Tag("calendar")
class BookingsCreditAndExpireOnlyWhenAWeekHasBegunTest extends HoursBankTest {

    private static final int RACERS = 24;

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        return StatementRecorder.switchedOn(super.getProperties());
    }

    @Test
    void a_booking_in_the_week_the_plan_was_settled_sends_no_crediting_or_expiry() {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek().minusWeeks(3));
        recorder.drain();

        book(person, person, clock.today().plusDays(1), "10:00", 30);
        book(person, person, clock.today().plusDays(2), "10:00", 30);

        List<List<String>> bookings = bookingTransactions();
        assertThat(bookings).hasSize(2).allSatisfy(statements -> assertThat(settling(statements)).isEmpty());
        assertThat(settledFor(person)).isEqualTo(thisWeek());
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(4 * 120 - 60);
    }

    @Test
    void a_plan_never_settled_is_settled_by_its_first_booking_and_not_again_that_week() {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek());
        execute("update hours_plan set settled_through = null where person_id = ?", personOf(person));
        recorder.drain();

        book(person, person, clock.today().plusDays(1), "10:00", 30);
        book(person, person, clock.today().plusDays(1), "11:00", 30);

        List<List<String>> bookings = bookingTransactions();
        assertThat(settling(bookings.get(0))).hasSize(3);
        assertThat(settling(bookings.get(1))).isEmpty();
        assertThat(settledFor(person)).isEqualTo(thisWeek());
    }

    @Test
    void the_first_booking_after_a_week_boundary_credits_the_new_week_and_expires_the_old_lot_exactly_once() {
        tenOnTheTestDay();
        String person = newPerson();
        UUID personId = personOf(person);
        plan(person, 120, thisWeek().minusWeeks(3));
        // Today, so that it draws on the oldest lot (usable to this Sunday) whatever day the test day is.
        book(person, person, clock.today(), "20:00", 30);
        LocalDate nextWeek = thisWeek().plusWeeks(1);
        clock.set(nextWeek, LocalTime.of(0, 5));
        recorder.drain();

        book(person, person, nextWeek.plusDays(2), "10:00", 60);
        book(person, person, nextWeek.plusDays(3), "10:00", 60);

        List<List<String>> bookings = bookingTransactions();
        assertThat(settling(bookings.get(0))).as("the first booking of the week settles it").hasSize(3);
        assertThat(settling(bookings.get(1))).as("the second does not").isEmpty();
        assertThat(settledFor(person)).isEqualTo(nextWeek);
        assertThat(number("""
                select count(*) from hours_ledger e join hours_lot l on l.id = e.lot_id
                 where e.person_id = ? and e.kind = 'CREDIT' and l.week_starts = ?""", personId, nextWeek)).isOne();
        assertThat(number("select count(*) from hours_lot where person_id = ?", personId)).isEqualTo(5);
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'EXPIRY'", personId)).isOne();
        assertThat(number("""
                select -e.minutes from hours_ledger e join hours_lot l on l.id = e.lot_id
                 where e.person_id = ? and e.kind = 'EXPIRY' and l.week_starts = ?""", personId, thisWeek().minusWeeks(3)))
                .as("what the first week's lot had left when its window closed").isEqualTo(90);

        HoursBalance balance = balance(person, person);
        assertThat(balance.lots()).filteredOn(lot -> lot.remainingMinutes() > 0).extracting(HoursLot::weekStarts)
                .containsExactly(thisWeek().minusWeeks(1), thisWeek(), nextWeek);
        assertThat(balance.remainingMinutes()).as("the week two weeks back drawn first, then the next").isEqualTo(4 * 120 - 120);
        assertThat(number("select remaining_minutes from hours_lot where person_id = ? and week_starts = ?", personId,
                thisWeek().minusWeeks(2))).isZero();
    }

    @Test
    void many_bookings_racing_just_after_a_week_boundary_credit_the_week_once_and_never_overdraw() throws Exception {
        tenOnTheTestDay();
        String person = newPerson();
        UUID personId = personOf(person);
        plan(person, 120, thisWeek().minusWeeks(3));
        LocalDate nextWeek = thisWeek().plusWeeks(1);
        clock.set(nextWeek, LocalTime.of(0, 1));
        LocalDate wednesday = nextWeek.plusDays(2);
        api().tokenFor(person);
        recorder.drain();
        List<Integer> statuses = Race.of(RACERS, i -> Race.status(201, () -> api().retrieve(
                booking(person, person, wednesday, "%02d:%02d".formatted(8 + i % 12, i < 12 ? 0 : 30), 60), Booking.class)));
        long settlingTransactions = recorder.drain().stream().filter(statements -> !settling(statements).isEmpty()).count();

        // Usable that Wednesday: the lots of the weeks two and one back, this week's and the new week's, 120 minutes each.
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(8);
        assertThat(settlingTransactions).as("only the first booking to lock the plan settles the week").isOne();
        assertThat(number("""
                select count(*) from hours_ledger e join hours_lot l on l.id = e.lot_id
                 where e.person_id = ? and e.kind = 'CREDIT' and l.week_starts = ?""", personId, nextWeek)).isOne();
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'EXPIRY'", personId)).isOne();
        assertThat(number("select min(remaining_minutes) from hours_lot where person_id = ? and not expired", personId)).isZero();
        assertThat(number("select -coalesce(sum(minutes), 0) from hours_ledger where person_id = ? and kind = 'BOOKING'", personId))
                .isEqualTo(480);
        assertThat(balance(person, person).remainingMinutes()).isZero();
        LedgerCheck check = api().retrieve(api().as("admin@bridgend.demo", io.micronaut.http.HttpRequest.GET("/api/hours-bank/check")),
                LedgerCheck.class);
        assertThat(check.mismatches()).isEmpty();
    }

    @Test
    void the_hours_bank_tick_settles_a_week_so_that_its_first_booking_need_not() {
        tenOnTheTestDay();
        LocalDate nextWeek = thisWeek().plusWeeks(1);
        String person = aPlanTheTickSettledFor(nextWeek);

        book(person, person, nextWeek.plusDays(2), "10:00", 60);

        assertThat(bookingTransactions()).singleElement().satisfies(statements -> assertThat(settling(statements)).isEmpty());
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'EXPIRY'", personOf(person))).isOne();
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(4 * 120 - 60);
    }

    @Test
    void a_second_tick_in_the_same_week_leaves_the_settled_plans_alone() {
        tenOnTheTestDay();
        LocalDate nextWeek = thisWeek().plusWeeks(1);
        String person = aPlanTheTickSettledFor(nextWeek);

        clock.set(nextWeek.plusDays(1), LocalTime.of(9, 0));
        LotCrediting.Due due = crediting.settleEveryone(clock.today(), clock.instant());

        assertThat(due).isEqualTo(new LotCrediting.Due(0, 0));
        assertThat(recorder.drain()).as("no plan left to settle: no crediting, expiry or marking sent")
                .allSatisfy(statements -> assertThat(settling(statements)).isEmpty());
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'CREDIT'", personOf(person))).isEqualTo(5);
    }

    /** A person whose plan began three weeks before this week, settled by the tick just after {@code monday} began. */
    private String aPlanTheTickSettledFor(LocalDate monday) {
        String person = newPerson();
        plan(person, 120, thisWeek().minusWeeks(3));
        clock.set(monday, LocalTime.of(0, 5));
        crediting.settleEveryone(clock.today(), clock.instant());
        assertThat(settledFor(person)).isEqualTo(monday);
        recorder.drain();
        return person;
    }

    /** The transactions recorded since the last drain that booked a session. */
    private List<List<String>> bookingTransactions() {
        return recorder.drain().stream()
                .filter(statements -> statements.stream().anyMatch(s -> s.toLowerCase().contains("insert into hours_booking")))
                .toList();
    }

    /** The statements that credit, expire or mark a plan settled. */
    private static List<String> settling(List<String> statements) {
        return statements.stream().map(s -> String.join(" ", s.strip().split("\\s+")).toLowerCase())
                .filter(s -> s.contains("insert into hours_lot") || s.contains("update hours_lot l set expired")
                        || s.contains("set settled_through"))
                .toList();
    }

    /** The Monday of the week the person's plan was last settled for (hours_plan.settled_through), or null. */
    private LocalDate settledFor(String person) {
        int days = number("select coalesce(settled_through - ?::date, -100000) from hours_plan where person_id = ?", thisWeek(),
                personOf(person));
        return days == -100000 ? null : thisWeek().plusDays(days);
    }
}
