package uk.homecare.portal.chc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.TestDatabases;

/** V21 keeps the CHC keys partners already hold: each becomes a key of the placement, in its package's council. */
class ChcKeysMoveToTheOneMechanismTest {

    @Test
    void a_partners_key_made_before_v21_is_kept_for_placements_in_its_packages_council_under_row_level_security() throws SQLException {
        String url = TestDatabases.freshDatabaseUrl();
        Flyway.configure().dataSource(url, "postgres", "postgres").target("20").load().migrate();
        UUID partner = UUID.randomUUID();
        UUID council = UUID.randomUUID();
        UUID placed = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); var statement = db.createStatement()) {
            // The rows a package needs are beside the point here: foreign keys and triggers are off for this session.
            statement.execute("set session_replication_role = replica");
            statement.execute("""
                    insert into care_package (id, council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                        visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                        postcode_district, placed_by)
                    values ('%s', '%s', 'PKG-V21', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'NHS_CHC', 600,
                        2, 45, 'MORNING', false, false, date '%s', 'needs', 'CV5', '%s')""".formatted(placed, council, MovableClock.testDay(), partner));
            statement.execute("""
                    insert into idempotency_key (partner_id, key, request_hash, package_id, response_body)
                    values ('%s', 'placed', 'hash', '%s', '{"id":"%s"}'), ('%s', 'never-placed', 'hash', null, null)"""
                    .formatted(partner, placed, placed, partner));
        }

        Flyway.configure().dataSource(url, "postgres", "postgres").load().migrate();

        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); var statement = db.createStatement();
             var rows = statement.executeQuery("select caller_id, operation, key, council_id, request_hash from idempotency_key")) {
            List<String> kept = new ArrayList<>();
            while (rows.next()) {
                kept.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4) + " " + rows.getString(5));
            }
            assertThat(kept).containsExactly(partner + " placeChcPackage placed " + council + " hash");
            var security = statement.executeQuery("select relrowsecurity and relforcerowsecurity from pg_class where relname = 'idempotency_key'");
            security.next();
            assertThat(security.getBoolean(1)).isTrue();
        }
    }
}
