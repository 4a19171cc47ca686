package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.StreamingReplica;

/**
 * Backup and restore (docs/operations.md): a base backup of the portal's running PostgreSQL 17 server, with people,
 * a booking and the demo packages in it, restored into a new server; a second portal started on the restored
 * database migrates nothing, signs people in and serves the same balance, booking and package. The backup is taken
 * with the low-level API ({@link StreamingReplica#restoreBackup()}), as {@code pg_basebackup} would take it: the
 * machine has no PostgreSQL 17 client tools, and a logical dump needs a {@code pg_dump} of 17 or newer.
 */
@MicronautTest(transactional = false)
class ABackupRestoredIntoANewServerStartsThePortalTest extends HoursBankTest {

    private static final String COVENTRY = "commissioner@coventry.demo";

    private StreamingReplica servers;

    @Override
    protected String freshDatabaseUrl() {
        servers = StreamingReplica.start();
        return servers.primaryUrl();
    }

    @AfterAll
    void stopTheServers() {
        servers.close();
    }

    @Test
    void a_portal_on_the_restored_database_serves_the_same_balance_bookings_and_packages() {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek());
        book(person, person, clock.today().plusDays(1), "10:00", 90);
        HoursBalance before = balance(person, person);
        assertThat(before.remainingMinutes()).isEqualTo(510);
        UUID zone = id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = 'CENTRAL'");
        UUID lot = id("select id from lot where zone_id = ?", zone);
        var form = new PackageForm(zone, lot, Funding.COUNCIL, 180, new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false),
                clock.today().plusDays(7), "Personal care.", new PersonDetails("Ann", "Lee", LocalDate.of(1940, 1, 1), null, "1 High St", "CV1 1AA"));
        CarePackage draft = api().retrieve(api().as(COVENTRY, POST("/api/packages", form)), CarePackage.class);
        CarePackage packageBefore = api().retrieve(api().as(COVENTRY, POST("/api/packages/" + draft.id() + "/publish", "")), CarePackage.class);
        UUID aPackage = packageBefore.id();
        int migrations = number("select count(*) from flyway_schema_history");

        String restoredUrl = servers.restoreBackup();

        try (ApplicationContext restored = ApplicationContext.builder().deduceEnvironment(false).environments("test")
                        .properties(Map.of(
                                "datasources.default.url", restoredUrl,
                                "datasources.default.username", "postgres",
                                "datasources.default.password", "postgres",
                                "portal.demo-data", false,
                                "ui.enabled", false,
                                "micronaut.server.port", -1))
                        .start();
                EmbeddedServer server = restored.getBean(EmbeddedServer.class).start();
                HttpClient http = HttpClient.create(server.getURL())) {
            MovableClock restoredClock = restored.getBean(MovableClock.class);
            restoredClock.set(clock.instant());
            Api onRestored = new Api(http, restoredClock);

            HoursBalance after = onRestored.retrieve(onRestored.as(person, GET("/api/people/" + personOf(person) + "/hours-bank")),
                    HoursBalance.class);
            assertThat(after.remainingMinutes()).isEqualTo(before.remainingMinutes());
            assertThat(after.lots()).isEqualTo(before.lots());
            CarePackage packageAfter = onRestored.retrieve(onRestored.as(COVENTRY, GET("/api/packages/" + aPackage)),
                    CarePackage.class);
            assertThat(packageAfter.reference()).isEqualTo(packageBefore.reference());
            assertThat(packageAfter.status()).isEqualTo(packageBefore.status());
            try (var connection = java.sql.DriverManager.getConnection(restoredUrl, "postgres", "postgres");
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("select count(*), bool_and(success) from flyway_schema_history")) {
                rows.next();
                assertThat(rows.getInt(1)).as("no migration ran again").isEqualTo(migrations);
                assertThat(rows.getBoolean(2)).isTrue();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
