package uk.homecare.portal.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every test that runs the whole portal: a fresh database with the demo data, the API on a
 * random port and the UI server on another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortalTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabases.freshDatabaseUrl(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }
}
