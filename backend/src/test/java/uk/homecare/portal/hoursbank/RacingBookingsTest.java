package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
@Tag("calendar")
class RacingBookingsTest extends HoursBankTest {

    private static final int RACERS = 24;

    @Test
    void however_many_bookings_arrive_at_once_the_balance_never_goes_below_zero() throws Exception {
        LocalDate tomorrow = tenOnTheTestDay().plusDays(1);
        String person = newPerson();
        plan(person, 600, thisWeek());
        api().tokenFor(person);
        List<Integer> statuses = Race.of(RACERS, i -> Race.status(201,
                () -> api().retrieve(booking(person, person, tomorrow, "%02d:00".formatted(8 + i % 12), 60), Booking.class)));

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(balance(person, person).remainingMinutes()).isZero();
        assertThat(number("select min(remaining_minutes) from hours_lot where person_id = ?", personOf(person))).isZero();
        assertThat(number("select -coalesce(sum(minutes), 0) from hours_ledger where person_id = ? and kind = 'BOOKING'", personOf(person)))
                .isEqualTo(600);
        LedgerCheck check = api().retrieve(api().as("admin@bridgend.demo", io.micronaut.http.HttpRequest.GET("/api/hours-bank/check")),
                LedgerCheck.class);
        assertThat(check.mismatches()).isEmpty();
    }
}
