package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} on the portal in demo mode runs no shutdown hook: its embedded PostgreSQL outlives it and holds
 * the data directory. The next start must stop that server and start its own, on any port.
 */
class ADemoDatabaseStartsAfterItsPortalWasKilledTest {

    /** A portal's JVM in miniature: starts the embedded server on a data directory, says so, and waits to be killed. */
    public static final class KilledPortal {
        public static void main(String[] arguments) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(arguments[0]), false, 0);
            try (var connection = DriverManager.getConnection(database.jdbcUrl(EmbeddedDatabase.DATABASE), "postgres", "postgres")) {
                connection.createStatement().execute("create table kept (word text); insert into kept values ('still here')");
            }
            System.out.println("ready");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void a_server_left_on_the_data_directory_by_a_killed_portal_is_stopped_and_the_data_is_served_again() throws Exception {
        Path data = Files.createTempDirectory("portal-killed-");
        Process portal = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), KilledPortal.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the first portal started its database").isEqualTo("ready");
        }
        portal.destroyForcibly().waitFor();
        long leftOver = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedDatabase next = EmbeddedDatabase.start(data, false, 0);
                var connection = DriverManager.getConnection(next.jdbcUrl(EmbeddedDatabase.DATABASE), "postgres", "postgres");
                var rows = connection.createStatement().executeQuery("select word from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }
}
