package uk.homecare.portal.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the classpath, for demo mode and tests. Its
 * data directory is kept between runs unless a fresh start is asked for.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "homecare";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on {@code dataDirectory} ({@code null} for a throwaway one), on {@code port} (0: any free port). */
    public static EmbeddedDatabase start(Path dataDirectory, boolean fresh, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", dataDirectory == null ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                stopLeftOver(dataDirectory);
                if (fresh) {
                    deleteRecursively(dataDirectory);
                }
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createDatabaseIfMissing(DATABASE);
            LOG.info("Embedded PostgreSQL on port {} with data in {}", database.port(),
                    dataDirectory == null ? "a temporary folder" : dataDirectory.toAbsolutePath());
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** Points Micronaut's default data source at the {@value #DATABASE} database of this server. */
    public void exposeAsDefaultDataSource() {
        System.setProperty("datasources.default.url", jdbcUrl(DATABASE));
        System.setProperty("datasources.default.username", "postgres");
        System.setProperty("datasources.default.password", "postgres");
    }

    public void createDatabaseIfMissing(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * A server left running on this data directory by a portal that was killed ({@code kill -9} runs no shutdown
     * hook) holds the directory: PostgreSQL refuses a second server on it, whatever its port. Its
     * {@code postmaster.pid} names it; stop it (fast shutdown: its only clients died with the old portal) and wait,
     * forcibly after {@value #LEFT_OVER_GRACE_SECONDS} s. A stale file whose process is gone, or is not PostgreSQL, is left
     * to PostgreSQL, which checks it itself.
     */
    static void stopLeftOver(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try (Stream<String> lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("").strip());
        } catch (NumberFormatException unreadable) {
            return;
        }
        var process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the embedded PostgreSQL (process {}) that a previous run left on its data directory", pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            if (!waitForExit(process.get())) {
                process.get().destroyForcibly();
                waitForExit(process.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the left-over PostgreSQL", e);
        }
    }

    private static final int LEFT_OVER_GRACE_SECONDS = 20;

    private static boolean waitForExit(ProcessHandle process) throws InterruptedException {
        try {
            process.onExit().get(LEFT_OVER_GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
