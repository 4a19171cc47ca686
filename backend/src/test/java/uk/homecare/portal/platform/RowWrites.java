package uk.homecare.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A journal, kept underneath the application in a test's own database, of every row any statement inserts,
 * updates or deletes in any table of the {@code public} schema (and of every truncate), by triggers that write
 * as the database's owner, so row-level security hides nothing. Only committed writes stay in the journal, so
 * "nothing was written" is a count of its rows since a mark: cheaper than counting and hashing every table after
 * each request, and stricter than row counts alone (a row changed in place is a write too). A partitioned table's
 * trigger reaches its partitions, and their rows are journalled under the partitioned table's name.
 */
final class RowWrites implements AutoCloseable {

    private static final String JOURNAL = "test_row_write";

    private final Connection connection;

    private RowWrites(Connection connection) {
        this.connection = connection;
    }

    /** Installs the journal's table and a trigger on every other table. */
    static RowWrites install(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            statement.execute("create table public." + JOURNAL + " (id bigserial primary key, table_name text not null, operation text not null)");
            statement.execute("""
                    create function public.test_note_row_write() returns trigger language plpgsql security definer
                    set search_path = public as $$
                    begin
                        -- A partition's row is written to its partitioned table (V26): name that.
                        insert into public.%s (table_name, operation)
                        values (coalesce(pg_partition_root(tg_relid)::regclass::text, tg_table_name), tg_op);
                        return null;
                    end $$""".formatted(JOURNAL));
            try (var rows = statement.executeQuery("""
                    select c.relname from pg_class c
                     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
                       and c.relname <> '%s'""".formatted(JOURNAL))) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("create trigger test_row_write after insert or update or delete on public.\"%s\" for each row execute function public.test_note_row_write()".formatted(table));
                statement.execute("create trigger test_row_truncate after truncate on public.\"%s\" for each statement execute function public.test_note_row_write()".formatted(table));
            }
        }
        return new RowWrites(connection);
    }

    /** Where the journal is now: the writes after it are those of what runs next. */
    long mark() throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("select coalesce(max(id), 0) from public." + JOURNAL)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The rows written since the mark, counted by table and operation ({@code zone INSERT}). */
    Map<String, Integer> since(long mark) throws SQLException {
        Map<String, Integer> writes = new TreeMap<>();
        try (var statement = connection.prepareStatement(
                "select table_name || ' ' || operation, count(*) from public." + JOURNAL + " where id > ? group by 1")) {
            statement.setLong(1, mark);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    writes.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return writes;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
