package uk.homecare.portal.platform;

import java.nio.file.Path;

/**
 * The demo's embedded PostgreSQL on its own, without a portal: for several portal nodes on one demo database, and
 * for {@code bench/ready}, which times production starts against a database that is already running.
 * {@code java -cp homecare-portal.jar uk.homecare.portal.platform.DemoDatabaseServer <data directory> <port>}
 * serves the data directory a demo portal made (its {@code PORTAL_DATA_DIR/postgres}) until the process is stopped.
 */
public final class DemoDatabaseServer {

    private DemoDatabaseServer() {}

    public static void main(String[] arguments) throws InterruptedException {
        if (arguments.length != 2) {
            System.err.println("usage: DemoDatabaseServer <data directory> <port>");
            System.exit(2);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(arguments[0]), false, Integer.parseInt(arguments[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        System.out.println("PostgreSQL is ready on port " + database.port());
        Thread.currentThread().join();
    }
}
