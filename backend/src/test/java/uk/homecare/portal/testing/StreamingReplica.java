package uk.homecare.portal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 primary and a hot standby streaming from it, both run from the embedded binaries (which hold
 * only initdb, pg_ctl and postgres: no pg_basebackup). The standby is made as PostgreSQL's documentation says under
 * "Making a Base Backup Using the Low Level API": {@code pg_backup_start} on the primary, a copy of its data
 * directory without what must not be copied, {@code pg_backup_stop} and its backup label, then {@code standby.signal}
 * and {@code primary_conninfo}. WAL is kept for the standby by a physical replication slot, so it can start streaming
 * from the backup's start whatever the primary wrote meanwhile.
 *
 * <p>{@link #restoreBackup()} uses the same base backup, with the WAL written during it, as a restore would: a new
 * server on a copy, which recovers to the end of the backup and starts as a primary of its own.
 */
public final class StreamingReplica implements AutoCloseable {

    public static final String DATABASE = "homecare";
    private static final String SLOT = "portal_standby";
    private static final int POLLS = 600;

    /** Left out of a base backup (PostgreSQL 17, "Making a Base Backup Using the Low Level API"); the folders are made empty. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label.old",
            "standby.signal", "recovery.signal");

    private final Path root;
    private final EmbeddedPostgres primary;
    private final EmbeddedPostgres standby;
    private EmbeddedPostgres restored;

    private StreamingReplica(Path root, EmbeddedPostgres primary, EmbeddedPostgres standby) {
        this.root = root;
        this.primary = primary;
        this.standby = standby;
    }

    /** Starts a primary with a database {@value #DATABASE} and a standby streaming from it. */
    public static StreamingReplica start() {
        try {
            Path root = Files.createTempDirectory("portal-replica-");
            EmbeddedPostgres primary = server(root.resolve("primary"))
                    .setServerConfig("wal_level", "replica")
                    .setServerConfig("max_wal_senders", "4")
                    .setServerConfig("max_replication_slots", "4")
                    // As the test run's one server: commits are visible before their WAL is flushed, which the
                    // replica's freshness check must cope with (it compares with the primary's insert position).
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            try (Connection connection = primary.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
                statement.execute("create role replicator with replication login");
                // Reserves WAL from now on: the standby streams from the backup's start however long it takes to copy.
                statement.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
            }
            Path standbyData = baseBackup(primary, root.resolve("primary"), root.resolve("standby"), "standby");
            Files.writeString(standbyData.resolve("standby.signal"), "");
            Files.writeString(standbyData.resolve("postgresql.auto.conf"), String.join("\n",
                    "primary_conninfo = 'host=localhost port=" + primary.getPort() + " user=replicator application_name=standby'",
                    "primary_slot_name = '" + SLOT + "'", ""), StandardOpenOption.APPEND);
            EmbeddedPostgres standby = server(standbyData)
                    .setServerConfig("hot_standby", "on")
                    // Long reads on the standby are not cancelled by the primary's vacuum.
                    .setServerConfig("hot_standby_feedback", "on")
                    .start();
            StreamingReplica replica = new StreamingReplica(root, primary, standby);
            replica.waitUntil(() -> replica.primaryNumber("select count(*) from pg_stat_replication where state = 'streaming'") == 1,
                    "the standby streams from the primary");
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a primary and its standby", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start a primary and its standby", e);
        }
    }

    public String primaryUrl() {
        return primary.getJdbcUrl("postgres", DATABASE);
    }

    public String replicaUrl() {
        return standby.getJdbcUrl("postgres", DATABASE);
    }

    /** Stops applying the primary's WAL on the standby (it goes on receiving it): the replica lags from now on. */
    public void pauseReplay() {
        standbyExecute("select pg_wal_replay_pause()");
        waitUntil(() -> "paused".equals(standbyText("select pg_get_wal_replay_pause_state()")), "replay paused");
    }

    /** Applies the primary's WAL again. */
    public void resumeReplay() {
        standbyExecute("select pg_wal_replay_resume()");
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    public void waitUntilCaughtUp() {
        String position = primaryText("select pg_current_wal_insert_lsn()::text");
        primaryExecute("select pg_switch_wal()"); // nothing waits on the WAL writer's next flush
        waitUntil(() -> "t".equals(standbyText("select pg_last_wal_replay_lsn() >= '" + position + "'::pg_lsn")),
                "the standby replayed " + position);
    }

    /**
     * Restores a base backup of the primary, as it is now, into a new server: a copy of the data directory taken
     * between {@code pg_backup_start} and {@code pg_backup_stop}, with the WAL written meanwhile, which the new server
     * replays to a consistent state before it starts as a primary of its own. Returns its JDBC URL for the database.
     */
    public String restoreBackup() {
        try {
            Path copy = baseBackup(primary, root.resolve("primary"), root.resolve("restored"), "restore");
            // The WAL the backup needs (as pg_basebackup --wal-method=fetch copies it): every segment the primary holds.
            try (Stream<Path> segments = Files.list(root.resolve("primary").resolve("pg_wal"))) {
                for (Path segment : segments.filter(Files::isRegularFile).toList()) {
                    Files.copy(segment, copy.resolve("pg_wal").resolve(segment.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            restored = server(copy).start();
            return restored.getJdbcUrl("postgres", DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore the base backup", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore the base backup", e);
        }
    }

    public String primaryText(String query) {
        return text(primary, query);
    }

    public String standbyText(String query) {
        return text(standby, query);
    }

    public void primaryExecute(String sql) {
        execute(primary, sql);
    }

    private void standbyExecute(String sql) {
        execute(standby, sql);
    }

    private long primaryNumber(String query) {
        return Long.parseLong(primaryText(query));
    }

    private static String text(EmbeddedPostgres server, String query) {
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void execute(EmbeddedPostgres server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        for (int poll = 0; poll < POLLS; poll++) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting until " + what, e);
            }
        }
        throw new AssertionError("Not reached in " + POLLS * 50 / 1000 + " s: " + what);
    }

    private static EmbeddedPostgres.Builder server(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        try (ServerSocket socket = new ServerSocket(0)) {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(socket.getLocalPort())
                    .setServerConfig("max_connections", "100");
        }
    }

    /**
     * A base backup by the low-level API: {@code pg_backup_start} on a session held open, the data directory copied
     * without {@link #LEFT_OUT} files and with {@link #EMPTIED} folders empty, then {@code pg_backup_stop}, whose
     * label becomes the copy's {@code backup_label} (and its tablespace map, if any, {@code tablespace_map}).
     */
    private static Path baseBackup(EmbeddedPostgres server, Path from, Path to, String label) throws IOException, SQLException {
        try (Connection session = server.getPostgresDatabase().getConnection(); Statement statement = session.createStatement()) {
            statement.execute("select pg_backup_start('" + label + "', true)");
            copy(from, to);
            try (ResultSet stop = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(to.resolve("backup_label"), stop.getString("labelfile"), StandardCharsets.UTF_8);
                String map = stop.getString("spcmapfile");
                if (map != null && !map.isEmpty()) {
                    Files.writeString(to.resolve("tablespace_map"), map, StandardCharsets.UTF_8);
                }
            }
        }
        return to;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        // PostgreSQL starts only on a data directory no one else may read.
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.toString().isEmpty()) {
                    continue;
                }
                String top = relative.getName(0).toString();
                String name = path.getFileName().toString();
                boolean insideEmptied = EMPTIED.contains(top) && relative.getNameCount() > 1
                        // pg_wal/archive_status is kept (empty): the server expects it.
                        && !(top.equals("pg_wal") && relative.getNameCount() == 2 && name.equals("archive_status"));
                if (insideEmptied || (relative.getNameCount() == 1 && LEFT_OUT.contains(name))
                        || name.equals("pg_internal.init") || name.startsWith("pgsql_tmp")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (NoSuchFileException gone) {
                    // A file the server removed while it was copied (a temporary file): the WAL replay recreates what matters.
                }
            }
        }
    }

    @Override
    public void close() {
        for (EmbeddedPostgres server : new EmbeddedPostgres[] {restored, standby, primary}) {
            if (server != null) {
                try {
                    server.close();
                } catch (IOException e) {
                    // stopping a test server: nothing else to do
                }
            }
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
