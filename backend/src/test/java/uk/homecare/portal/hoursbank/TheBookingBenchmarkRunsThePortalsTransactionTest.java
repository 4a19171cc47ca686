package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.BenchmarkScripts;
import uk.homecare.portal.testing.StatementRecorder;

/**
 * {@code bench/run hours} measures bookings over HTTP against pgbench running {@code bench/sql/hours-booking.pgbench};
 * the ratio means something only while that script is the portal's booking transaction. The benchmark checks it
 * against PostgreSQL's log when it runs; this test checks it on every build, so a change to the booking's SQL
 * fails CI until the script follows.
 */
@MicronautTest(transactional = false)
class TheBookingBenchmarkRunsThePortalsTransactionTest extends HoursBankTest {

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        return StatementRecorder.switchedOn(super.getProperties());
    }

    @Test
    void the_pgbench_script_sends_the_statements_of_a_booking_over_http_one_for_one() throws Exception {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek());
        recorder.drain();

        book(person, person, clock.today().plusDays(1), "10:00", 30);

        List<String> booking = recorder.drain().stream()
                .filter(statements -> statements.stream().anyMatch(s -> s.toLowerCase().contains("insert into hours_booking")))
                .findFirst().orElseThrow()
                .stream().map(BenchmarkScripts::normalise)
                .dropWhile(s -> !s.equals("begin"))
                .toList();
        assertThat(booking).containsExactlyElementsOf(BenchmarkScripts.transaction("hours-booking.pgbench"));
    }
}
