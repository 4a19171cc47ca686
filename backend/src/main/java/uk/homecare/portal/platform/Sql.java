package uk.homecare.portal.platform;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL with positional parameters, for statements a repository method cannot say (set-based
 * updates with CTEs). Runs on the connection of the surrounding transaction, or opens one to read outside any.
 */
@Singleton
@Connectable
public class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final JdbcOperations jdbc;

    protected Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                bind(statement, parameters);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                bind(statement, parameters);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            switch (value) {
                case null -> statement.setObject(i + 1, null);
                case Instant instant -> statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                case Enum<?> constant -> statement.setString(i + 1, constant.name());
                case Collection<?> values -> statement.setArray(i + 1,
                        statement.getConnection().createArrayOf(arrayType(values), values.toArray()));
                default -> statement.setObject(i + 1, value);
            }
        }
    }

    private static String arrayType(Collection<?> values) {
        return values.stream().findFirst().map(v -> v instanceof UUID ? "uuid" : "text").orElse("uuid");
    }
}
