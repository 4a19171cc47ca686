package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.notification.OfferNotifier;
import uk.homecare.portal.testing.PortalTest;

/**
 * Tenancy by construction: whatever a query forgets to filter, PostgreSQL returns only the rows of the
 * councils the transaction acts for. The council-owned tables are found in the catalogue, so a new table
 * with a council_id is covered, or fails here, without this test changing.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityTest extends PortalTest {

    /** Tables with a council_id that are not council-owned, and why (V11 says the same). */
    private static final Map<String, String> NOT_COUNCIL_OWNED = Map.of(
            "organisation", "providers and partners work for many councils",
            "app_user", "people sign in before any council is known; providers' staff belong to no council",
            "invitation", "read by its token before any council is known; the platform administrator, of no council, invites");

    @Inject
    OfferNotifier notifier;

    @Inject
    AcrossCouncils acrossCouncils;

    @Inject
    Sql sql;

    @Inject
    TransactionOperations<Connection> transactions;

    private UUID coventry;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // Packages, offers, plans, bookings, CHC and capacity in every council, so every table has rows to leak.
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @BeforeAll
    void fillTheTablesOfEveryCouncil() {
        notifier.notifyDue(clock.instant());
        coventry = id("select id from council where code = 'coventry'");
    }

    @Test
    void every_table_with_a_council_id_has_forced_row_level_security_and_a_policy_unless_it_is_named_as_not_council_owned()
            throws SQLException {
        List<String> unprotected = new ArrayList<>();
        try (Connection db = connectDirectly(); var rows = db.createStatement().executeQuery("""
                select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as has_policy
                  from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                  join pg_attribute a on a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped
                 where c.relkind in ('r', 'p') and not c.relispartition""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                boolean protectedTable = rows.getBoolean(2) && rows.getBoolean(3) && rows.getBoolean(4);
                if (!protectedTable && !NOT_COUNCIL_OWNED.containsKey(table)) {
                    unprotected.add(table);
                }
            }
        }
        assertThat(unprotected).as("tables with a council_id but no forced row-level security and policy").isEmpty();
        assertThat(councilOwnedTables()).hasSizeGreaterThanOrEqualTo(23);
    }

    @Test
    void the_partitions_of_a_partitioned_table_are_reached_only_through_it_portal_app_has_no_right_on_any() throws SQLException {
        List<String> reachable = new ArrayList<>();
        int partitions = 0;
        try (Connection db = connectDirectly(); var rows = db.createStatement().executeQuery("""
                select c.relname, has_table_privilege('portal_app', c.oid, 'select, insert, update, delete, truncate')
                  from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                 where c.relispartition and c.relkind = 'r'""")) {
            while (rows.next()) {
                partitions++;
                if (rows.getBoolean(2)) {
                    reachable.add(rows.getString(1));
                }
            }
        }
        assertThat(partitions).as("the monthly tables' partitions (V26)").isGreaterThanOrEqualTo(5 * 2);
        assertThat(reachable).as("partitions portal_app could read or write around the policies").isEmpty();
        try (Connection app = connectAsTheApplication()) {
            assertThatThrownBy(() -> app.createStatement().executeQuery("select count(*) from hours_ledger_default"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void queries_without_a_council_filter_return_only_the_acting_councils_rows_from_every_council_owned_table()
            throws SQLException {
        int otherCouncilsRows = 0;
        try (Connection app = connectAsTheApplication()) {
            app.setAutoCommit(false);
            actFor(app, coventry);
            for (String table : councilOwnedTables()) {
                int coventryRows = number("select count(*) from " + table + " where council_id = ?", coventry);
                otherCouncilsRows += number("select count(*) from " + table + " where council_id is distinct from ?", coventry);
                try (var rows = app.createStatement().executeQuery("select council_id from " + table)) {
                    int seen = 0;
                    while (rows.next()) {
                        assertThat(rows.getObject(1, UUID.class)).as(table).isEqualTo(coventry);
                        seen++;
                    }
                    assertThat(seen).as(table + ": every Coventry row, no other").isEqualTo(coventryRows);
                }
            }
            app.rollback();
        }
        assertThat(otherCouncilsRows).as("rows of other councils that could have leaked").isGreaterThan(1_000);
        for (String table : List.of("person", "care_package", "offer", "lot_provider", "hours_plan", "hours_lot",
                "hours_booking", "hours_ledger", "audit_event", "notification", "capacity_report", "organisation_council")) {
            assertThat(number("select count(distinct council_id) from " + table)).as(table + " holds several councils' rows")
                    .isGreaterThan(1);
        }
    }

    @Test
    void a_transaction_that_acts_for_no_council_sees_no_council_owned_row() throws SQLException {
        try (Connection app = connectAsTheApplication()) {
            app.setAutoCommit(false);
            for (String table : councilOwnedTables()) {
                assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
            }
            app.rollback();
        }
    }

    @Test
    void a_transaction_cannot_write_a_row_for_a_council_it_does_not_act_for() throws SQLException {
        UUID bradford = id("select id from council where code = 'bradford'");
        try (Connection app = connectAsTheApplication()) {
            app.setAutoCommit(false);
            actFor(app, coventry);
            var insert = app.prepareStatement("insert into zone (council_id, code, name, kind) values (?, 'LEAK', 'Leak', 'URBAN')");
            insert.setObject(1, bradford);
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void the_applications_pool_runs_as_portal_app_and_outside_a_request_acts_for_no_council() {
        assertThat(sql.one("select current_user", row -> row.getString(1))).contains("portal_app");
        assertThat(sql.one("select count(*) from person", row -> row.getInt(1))).contains(0);
        assertThat(number("select count(*) from person")).isPositive();
    }

    @Test
    void work_across_councils_sees_every_council_and_cannot_start_inside_another_transaction() {
        int people = acrossCouncils.run("test: counting every council's people", () ->
                sql.one("select count(*) from person", row -> row.getInt(1)).orElseThrow());

        assertThat(people).isEqualTo(number("select count(*) from person"));
        assertThat(sql.one("select count(*) from person", row -> row.getInt(1))).as("only for that transaction").contains(0);
        assertThatThrownBy(() -> transactions.executeRead(status ->
                acrossCouncils.run("test: widening a transaction", () -> 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Set<String> councilOwnedTables() throws SQLException {
        Set<String> tables = new java.util.TreeSet<>();
        try (Connection db = connectDirectly(); var rows = db.createStatement().executeQuery("""
                select c.relname from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                  join pg_attribute a on a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped
                 where c.relkind in ('r', 'p') and not c.relispartition""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        tables.removeAll(NOT_COUNCIL_OWNED.keySet());
        return tables;
    }

    /** A connection as the application's pool makes them: logged in as the owner, running as portal_app. */
    private Connection connectAsTheApplication() throws SQLException {
        Connection connection = connectDirectly();
        connection.createStatement().execute("set role portal_app");
        return connection;
    }

    private static void actFor(Connection connection, UUID council) throws SQLException {
        var statement = connection.prepareStatement("select set_config('portal.councils', ?, true)");
        statement.setString(1, council.toString());
        statement.execute();
    }

    private static int count(Connection connection, String query) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
