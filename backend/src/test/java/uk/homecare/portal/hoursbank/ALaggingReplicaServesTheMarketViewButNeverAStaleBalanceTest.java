package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.ZoneMarket;
import uk.homecare.portal.platform.HeavyReads;
import uk.homecare.portal.testing.LoggedLines;
import uk.homecare.portal.testing.StreamingReplica;

/**
 * The portal on a real primary with a real hot standby streaming from it (PostgreSQL 17, made with the low-level
 * base backup API: {@link StreamingReplica}), the standby configured as its read replica. With the standby's replay
 * paused, the market view shows the market as it was (it is served by the replica), while the person's balance and
 * statement show the booking just made (the balance is read on the primary; the statement waits for a replica that
 * has replayed the primary's position, and being paused it never does, so the primary serves it). Replay resumed, the
 * market view catches up and the statement is served by the replica.
 */
@MicronautTest(transactional = false)
class ALaggingReplicaServesTheMarketViewButNeverAStaleBalanceTest extends HoursBankTest {

    private StreamingReplica servers;
    private final LoggedLines logged = new LoggedLines();

    @Override
    protected String freshDatabaseUrl() {
        servers = StreamingReplica.start();
        return servers.primaryUrl();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.replica.url", servers.replicaUrl());
        properties.put("portal.replica.username", "postgres");
        properties.put("portal.replica.password", "postgres");
        return properties;
    }

    @AfterAll
    void stopTheServers() {
        logged.stop();
        servers.close();
    }

    @Test
    void the_market_view_lags_with_the_replica_while_the_balance_and_statement_are_current_then_it_catches_up() {
        tenOnTheTestDay();
        Logger heavyReads = (Logger) LoggerFactory.getLogger(HeavyReads.class);
        heavyReads.setLevel(Level.DEBUG);
        logged.listen();
        String person = newPerson();
        plan(person, 600, thisWeek());
        UUID council = id("select id from council where code = 'bridgend'");
        UUID zone = id("select id from zone where council_id = ? and retired_on is null order by name limit 1", council);
        report(council, zone, 600);
        servers.waitUntilCaughtUp();
        assertThat(daytime(zone)).isEqualTo(600);

        servers.pauseReplay();
        report(council, zone, 900);
        book(person, person, clock.today().plusDays(1), "10:00", 90);

        assertThat(daytime(zone)).as("the market view, from the paused replica").isEqualTo(600);
        assertThat(balance(person, person).remainingMinutes()).as("the balance, from the primary").isEqualTo(510);
        String duringPause = statement(person);
        assertThat(closingBalance(duringPause)).as("the statement's closing balance").isEqualTo(510);
        assertThat(logged.text()).contains("Heavy read served by PRIMARY: the replica has not yet replayed");

        servers.resumeReplay();
        servers.waitUntilCaughtUp();
        assertThat(daytime(zone)).as("the market view, caught up").isEqualTo(900);
        int servedByReplica = count(logged.text(), "Heavy read served by REPLICA");
        assertThat(closingBalance(statement(person))).isEqualTo(510);
        assertThat(count(logged.text(), "Heavy read served by REPLICA")).as("the statement, from the caught-up replica")
                .isEqualTo(servedByReplica + 1);
        assertThat(logged.problems()).isEmpty();
        heavyReads.setLevel(null);
    }

    private void report(UUID council, UUID zone, int daytimeMinutes) {
        api().exchange(api().as(PROVIDER, POST("/api/capacity-reports",
                new CapacityReportForm(council, zone, daytimeMinutes, 0, false, 5, 0))), Object.class);
    }

    private int daytime(UUID zone) {
        MarketView market = api().retrieve(api().as(COMMISSIONER, GET("/api/market")), MarketView.class);
        return market.zones().stream().filter(z -> z.zone().id().equals(zone)).findFirst().map(ZoneMarket::reportedDaytimeMinutes).orElseThrow();
    }

    private String statement(String person) {
        return api().retrieve(api().as(person, GET("/api/people/" + personOf(person) + "/statement?from=" + thisWeek()
                + "&to=" + clock.today().plusDays(7))), String.class);
    }

    /** The signed minutes of the statement's closing line (column "Minutes", the sixth). */
    private static int closingBalance(String csv) {
        String[] lines = csv.strip().split("\r?\n");
        for (int i = lines.length - 1; i > 0; i--) {
            String[] cells = lines[i].split(",");
            if (cells.length > 5 && cells[1].equals("Balance at the end")) {
                return Integer.parseInt(cells[5]);
            }
        }
        throw new AssertionError("No closing balance in\n" + csv);
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
