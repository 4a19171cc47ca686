package uk.homecare.portal.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every test that runs the whole portal: a fresh database with the demo data, the API on a
 * random port and the UI server on another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortalTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient client;

    /** The application's clock in this test: it starts at noon on the test day and moves only when a test moves it. */
    @Inject
    protected MovableClock clock;

    /** Responses that differ from the published spec, recorded as they arrive (see {@link #responsesKeptToTheSpec()}). */
    @Inject
    protected SpecViolations specViolations;

    private String jdbcUrl;
    private Api api;

    /** Every response this test received over HTTP is the one the published spec describes, refusals included. */
    @AfterEach
    protected final void responsesKeptToTheSpec() {
        List<String> violations = specViolations.drain();
        if (!violations.isEmpty()) {
            throw new AssertionError("Responses that differ from openapi/homecare-portal.yml:\n" + String.join("\n", violations));
        }
    }

    /** Real HTTP calls to the portal under test. */
    protected Api api() {
        if (api == null) {
            api = new Api(client, clock);
        }
        return api;
    }

    @Override
    public Map<String, String> getProperties() {
        jdbcUrl = freshDatabaseUrl();
        return Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }

    /** Where this test class's portal keeps its data: a database of its own on the test run's one server. */
    protected String freshDatabaseUrl() {
        return TestDatabases.freshDatabaseUrl();
    }

    /** The first column of the first row of a query run underneath the application, or null when there is none. */
    protected UUID id(String query, Object... parameters) {
        return first(query, parameters, rows -> rows.getObject(1, UUID.class));
    }

    protected int number(String query, Object... parameters) {
        Integer value = first(query, parameters, rows -> rows.getInt(1));
        return value == null ? 0 : value;
    }

    /** Runs a statement underneath the application, as an operator or another system might. */
    protected void execute(String sql, Object... parameters) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private interface Column<T> {
        T read(java.sql.ResultSet rows) throws SQLException;
    }

    private <T> T first(String query, Object[] parameters, Column<T> column) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement(query)) {
            bind(statement, parameters);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? column.read(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** A plain connection to this test class's database, outside the application, for looking underneath it. */
    protected Connection connectDirectly() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
