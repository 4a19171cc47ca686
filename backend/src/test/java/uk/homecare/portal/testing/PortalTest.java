package uk.homecare.portal.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
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

    private String jdbcUrl;
    private Api api;

    /** Real HTTP calls to the portal under test. */
    protected Api api() {
        if (api == null) {
            api = new Api(client);
        }
        return api;
    }

    @Override
    public Map<String, String> getProperties() {
        jdbcUrl = TestDatabases.freshDatabaseUrl();
        return Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }

    /** A plain connection to this test class's database, outside the application, for looking underneath it. */
    protected Connection connectDirectly() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
