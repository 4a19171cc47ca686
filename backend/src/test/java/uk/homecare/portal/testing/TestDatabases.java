package uk.homecare.portal.testing;

import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.platform.EmbeddedDatabase;

/** One embedded PostgreSQL server for the whole test run; each test class gets a database of its own. */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabases() {}

    public static synchronized String freshDatabaseUrl() {
        if (server == null) {
            server = EmbeddedDatabase.start(null, false, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        server.createDatabaseIfMissing(name);
        return server.jdbcUrl(name);
    }
}
