package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import static io.micronaut.http.HttpRequest.POST;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.EmbeddedDatabase;
import uk.homecare.portal.testing.Api;

/**
 * PostgreSQL stopped and started again while people book: requests during the outage are refused at once with a
 * 503 problem (never a hang, never a 500), the portal recovers by itself when the database returns, and every
 * booking it acknowledged is there afterwards with its draw on the ledger. The test runs its own PostgreSQL, on a
 * data directory and port of its own, so that stopping it touches no other test.
 */
@MicronautTest(transactional = false)
class AcknowledgedBookingsSurviveADatabaseRestartTest extends HoursBankTest {

    private static final int PEOPLE = 4;
    private static final int POLLS = 600;

    private Path dataDirectory;
    private int port;
    private EmbeddedDatabase server;

    @Override
    protected String freshDatabaseUrl() {
        try {
            dataDirectory = Files.createTempDirectory("portal-outage-");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = EmbeddedDatabase.start(dataDirectory, false, port);
        return server.jdbcUrl("homecare");
    }

    @AfterAll
    void stopTheServer() {
        server.close();
    }

    @Test
    void bookings_during_an_outage_are_refused_at_once_and_every_acknowledged_one_is_kept() throws Exception {
        tenOnTheTestDay();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String person = newPerson();
            plan(person, 10_080, thisWeek());
            people.add(person);
        }
        Queue<UUID> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger afterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);

        ExecutorService load = Executors.newFixedThreadPool(PEOPLE);
        List<Future<?>> workers = new ArrayList<>();
        for (String person : people) {
            // The path is read before the outage: the test's own look-ups go to the database too.
            String bookings = "/api/people/" + personOf(person) + "/bookings";
            workers.add(load.submit(() -> {
                // A new hour each time, even after a refusal: a 503 does not say whether the booking was made.
                for (int slot = 0; running.get() && slot < 15 * 20; slot++) {
                    LocalDate day = clock.today().plusDays(1 + slot / 15);
                    String time = String.format("%02d:00", 6 + slot % 15);
                    try {
                        HttpResponse<Booking> booked = api().exchange(
                                api().as(person, POST(bookings, new BookingForm(day, LocalTime.parse(time), 60))), Booking.class);
                        acknowledged.add(booked.body().id());
                        if (restarted.get()) {
                            afterRestart.incrementAndGet();
                        }
                    } catch (HttpClientResponseException refused) {
                        Problem problem = Api.problemOf(refused);
                        if (refused.getStatus().getCode() == 503 && ProblemType.SERVICE_UNAVAILABLE.urn().equals(problem.type())
                                && refused.getResponse().getHeaders().contains("Retry-After")) {
                            unavailable.incrementAndGet();
                        } else {
                            unexpected.add(refused.getStatus().getCode() + " " + problem.type() + " " + problem.detail());
                        }
                    } catch (RuntimeException failed) {
                        unexpected.add(failed.toString());
                    }
                }
            }));
        }

        waitUntil(() -> acknowledged.size() >= 3 * PEOPLE);
        server.close();
        waitUntil(() -> unavailable.get() >= PEOPLE || !unexpected.isEmpty());
        assertThat(unexpected).as("answers during the outage").isEmpty();
        server = EmbeddedDatabase.start(dataDirectory, false, port);
        restarted.set(true);
        waitUntil(() -> afterRestart.get() >= 3 * PEOPLE);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        load.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(unavailable.get()).isGreaterThanOrEqualTo(PEOPLE);
        assertThat(number("select count(*) from hours_booking where id = any(?::uuid[])",
                "{" + String.join(",", acknowledged.stream().map(UUID::toString).toList()) + "}"))
                .isEqualTo(acknowledged.size());
        assertThat(number("""
                select count(*) from hours_booking b
                 where b.minutes <> coalesce((select -sum(e.minutes) from hours_ledger e where e.booking_id = b.id), 0)""")).isZero();
        assertThat(number("select count(*) from hours_lot where remaining_minutes < 0")).isZero();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int poll = 0; poll < POLLS && !condition.getAsBoolean(); poll++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("reached within %d polls", POLLS).isTrue();
    }
}
