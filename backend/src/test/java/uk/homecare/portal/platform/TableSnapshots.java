package uk.homecare.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of the {@code public} schema, counted and hashed in one query from underneath the application:
 * {@code count(*)} for rows added or removed, and a hash of the rows' text for rows changed in place.
 */
final class TableSnapshots implements AutoCloseable {

    private final Connection connection;
    private final String query;

    TableSnapshots(Connection connection) throws SQLException {
        this.connection = connection;
        this.query = query(connection);
    }

    private static String query(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     select table_name from information_schema.tables
                      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")) {
            while (rows.next()) {
                tables.add("select '%1$s', count(*) || ' rows, hash ' || coalesce(sum(hashtext(t::text)), 0) from public.\"%1$s\" t"
                        .formatted(rows.getString(1)));
            }
        }
        return String.join(" union all ", tables);
    }

    /** Each table's row count and hash, by name. */
    Map<String, String> take() throws SQLException {
        Map<String, String> snapshot = new TreeMap<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                snapshot.put(rows.getString(1), rows.getString(2));
            }
        }
        return snapshot;
    }

    /** The tables that differ, each with what it was and what it is. */
    static Map<String, String> changed(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, now) -> {
            if (!now.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + now);
            }
        });
        return changed;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
