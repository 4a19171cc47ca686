package uk.homecare.portal.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
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
 * updates with CTEs). Runs on the connection of the surrounding transaction, or opens one to read outside any;
 * or, made by {@link HeavyReads}, on the one connection it was given.
 */
@Singleton
@Connectable
public class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Works with a prepared statement; its {@link SQLException}s are the caller's to turn into failures. */
    @FunctionalInterface
    private interface Prepared<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private final @Nullable JdbcOperations jdbc;
    private final @Nullable Connection connection;

    @Inject
    protected Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.connection = null;
    }

    private Sql(Connection connection) {
        this.jdbc = null;
        this.connection = connection;
    }

    /** The same statements on one connection the caller holds (and closes): a read on the replica. */
    static Sql on(Connection connection) {
        return new Sql(connection);
    }

    private <T> T prepare(String sql, Prepared<T> work) {
        if (connection == null) {
            return java.util.Objects.requireNonNull(jdbc).prepareStatement(sql, work::run);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... parameters) {
        return prepare(sql, statement -> {
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
        return prepare(sql, statement -> {
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
