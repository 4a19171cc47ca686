package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.testing.LoggedLines;

/**
 * A read replica configured but not there (nothing listens at its address): the portal starts, its health check says
 * UP (the replica is not part of it), and the heavy reads are served by the primary. The first that tries the replica
 * waits for a connection and warns; the heavy reads of the next 30 s go straight to the primary; after them the
 * replica is tried again.
 */
@MicronautTest(transactional = false)
class AReplicaThatIsDownLeavesTheHeavyReadsToThePrimaryTest extends HoursBankTest {

    private final LoggedLines logged = new LoggedLines();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("portal.replica.url", "jdbc:postgresql://localhost:" + closedPort + "/homecare");
        return properties;
    }

    @AfterAll
    void stopListening() {
        logged.stop();
    }

    private long replicaFailures() {
        return logged.problems().stream().filter(event -> event.getFormattedMessage().startsWith("The read replica could not serve")).count();
    }

    @Test
    void the_market_view_and_the_statement_come_from_the_primary_and_the_portal_stays_healthy() {
        tenOnTheTestDay();
        logged.listen();
        String person = newPerson();
        plan(person, 600, thisWeek());
        book(person, person, clock.today().plusDays(1), "10:00", 90);

        MarketView market = api().retrieve(api().as(COMMISSIONER, GET("/api/market")), MarketView.class);
        assertThat(market.zones()).isNotEmpty();
        String statement = api().retrieve(api().as(person, GET("/api/people/" + personOf(person) + "/statement?from=" + thisWeek()
                + "&to=" + clock.today().plusDays(7))), String.class);
        assertThat(statement).contains("Balance at the end");
        HttpResponse<String> health = client.toBlocking().exchange(GET("/health"), String.class);
        assertThat(health.getStatus().getCode()).isEqualTo(200);

        assertThat(replicaFailures()).as("the statement, in the 30 s after the market view's failure, did not try").isEqualTo(1);

        clock.advance(java.time.Duration.ofSeconds(31));
        assertThat(api().retrieve(api().as(COMMISSIONER, GET("/api/market")), MarketView.class).zones()).isNotEmpty();
        assertThat(replicaFailures()).as("tried again after 30 s").isEqualTo(2);
    }
}
