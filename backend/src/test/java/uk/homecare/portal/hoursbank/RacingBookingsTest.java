package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.LedgerCheck;

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
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();

        try (var pool = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < RACERS; i++) {
                int hour = 8 + i % 12;
                Callable<Integer> call = () -> {
                    start.await();
                    try {
                        api().retrieve(booking(person, person, tomorrow, "%02d:00".formatted(hour), 60), Booking.class);
                        return 201;
                    } catch (HttpClientResponseException e) {
                        return e.getStatus().getCode();
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (var result : results) {
            statuses.add(result.get());
        }

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
