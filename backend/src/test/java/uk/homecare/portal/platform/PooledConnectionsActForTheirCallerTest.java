package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

/**
 * The pool sends whom a connection acts for only when it differs from whom that database session last acted for; these
 * tests hand one session (a pool of one) to callers of different councils in turn and read what each sees.
 */
@MicronautTest(transactional = false)
class PooledConnectionsActForTheirCallerTest extends PortalTest {

    @Inject
    DataSource application;

    @Test
    void one_session_handed_to_callers_of_different_councils_in_turn_shows_each_only_its_own_rows() throws Exception {
        UUID coventry = id("select id from council where code = 'coventry'");
        UUID bridgend = id("select id from council where code = 'bridgend'");
        var caller = new AtomicReference<>(new Tenancy(Set.of(coventry), null));
        try (var pool = poolOfOne(); var tenancy = new TenancyDataSource(pool, caller::get)) {
            assertThat(seen(tenancy)).isEqualTo(new Seen(coventry.toString(), people(coventry)));
            assertThat(seen(tenancy)).as("the same caller again").isEqualTo(new Seen(coventry.toString(), people(coventry)));

            caller.set(new Tenancy(Set.of(bridgend), null));
            assertThat(seen(tenancy)).isEqualTo(new Seen(bridgend.toString(), people(bridgend)));

            caller.set(Tenancy.NONE);
            assertThat(seen(tenancy)).as("a job, acting for no council").isEqualTo(new Seen("", 0));

            caller.set(new Tenancy(Set.of(coventry, bridgend), null));
            String both = Stream.of(coventry, bridgend).map(UUID::toString).sorted().collect(Collectors.joining(","));
            assertThat(seen(tenancy)).isEqualTo(new Seen(both, people(coventry) + people(bridgend)));
        }
        assertThat(people(coventry)).isPositive();
        assertThat(people(bridgend)).isPositive();
    }

    @Test
    void a_caller_whose_tenancy_cannot_be_told_gets_no_connection_and_the_session_goes_back_to_the_pool() throws Exception {
        UUID coventry = id("select id from council where code = 'coventry'");
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        CurrentTenancy failingOnce = () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("no request in scope");
            }
            return new Tenancy(Set.of(coventry), null);
        };
        try (var pool = poolOfOne(); var tenancy = new TenancyDataSource(pool, failingOnce)) {
            assertThat(seen(tenancy).councils()).isEqualTo(coventry.toString());
            assertThatThrownBy(() -> seen(tenancy)).isInstanceOf(IllegalStateException.class);
            assertThat(seen(tenancy)).as("the pool's one session, handed out again")
                    .isEqualTo(new Seen(coventry.toString(), people(coventry)));
        }
    }

    private record Seen(String councils, int people) {}

    private static Seen seen(DataSource tenancy) throws SQLException {
        try (Connection connection = tenancy.getConnection();
                var rows = connection.createStatement().executeQuery(
                        "select current_setting('portal.councils', true), (select count(*) from person)::int")) {
            rows.next();
            String councils = rows.getString(1);
            return new Seen(councils == null ? "" : councils, rows.getInt(2));
        }
    }

    private int people(UUID council) {
        return number("select count(*) from person where council_id = ?", council);
    }

    /** A pool of one connection made as the application makes its own, so every check-out is the same session. */
    private HikariDataSource poolOfOne() throws SQLException {
        HikariDataSource applications = application.unwrap(HikariDataSource.class);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(applications.getJdbcUrl());
        config.setUsername(applications.getUsername());
        config.setPassword(applications.getPassword());
        config.setConnectionInitSql(applications.getConnectionInitSql());
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
