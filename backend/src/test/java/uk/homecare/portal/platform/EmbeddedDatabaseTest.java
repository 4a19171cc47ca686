package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void the_demo_database_keeps_its_data_across_a_restart_and_a_fresh_start_clears_it() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, false, 0)) {
            execute(first, "create table kept (note text); insert into kept values ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data, false, 0)) {
            assertThat(count(second, "select count(*) from kept where note = 'still here'")).isEqualTo(1);
        }

        try (EmbeddedDatabase fresh = EmbeddedDatabase.start(data, true, 0)) {
            assertThat(count(fresh, "select count(*) from information_schema.tables where table_name = 'kept'")).isZero();
        }
        assertThat(Files.exists(data.resolve("postgresql.conf"))).isTrue();
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(EmbeddedDatabase.DATABASE));
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(EmbeddedDatabase.DATABASE));
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
