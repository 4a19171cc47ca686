package uk.homecare.portal.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.TestDatabases;

/**
 * V34 numbers the visits recorded before it so that schedules built before it (a line per visit) claim exactly the
 * visits on their lines under the new rule, and a visit on no line is claimed by none (so the next build pays it).
 */
class SchedulesBuiltBeforeV34KeepTheirVisitsTest {

    @Test
    void each_schedule_built_before_v34_pays_the_visits_on_its_lines_and_a_visit_on_no_line_is_left_for_the_next_build() throws SQLException {
        String url = TestDatabases.freshDatabaseUrl();
        Flyway.configure().dataSource(url, "postgres", "postgres").target("33").load().migrate();
        UUID council = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        UUID pkg = UUID.randomUUID();
        LocalDate start = MovableClock.testDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(12);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        UUID unpaid = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); var statement = db.createStatement()) {
            // The rows a visit needs are beside the point here: foreign keys and triggers are off for this session (but a
            // schedule's council and provider exist: V34 updates a schedule twice, and a row's second update checks its keys).
            statement.execute("set session_replication_role = replica");
            statement.execute("insert into council (id, code, name, nation) values ('%s', 'v34-test', 'V34 Test', 'WALES')"
                    .formatted(council));
            statement.execute("""
                    insert into organisation (id, kind, name, regulator, regulator_provider_id, address_line, postcode, contact_email)
                    values ('%s', 'PROVIDER', 'V34 Care Ltd', 'CQC', '1-900000001', '1 Test Street', 'CF31 1AA', 'office@v34.example')"""
                    .formatted(provider));
            // Recorded in this order: the unpaid visit first, so recording order alone would put it under a schedule.
            visit(statement, unpaid, council, pkg, provider, start.plusDays(4), start.plusDays(41) + "T08:00:00Z");
            visit(statement, a, council, pkg, provider, start.plusDays(1), start.plusDays(42) + "T08:00:00Z");
            visit(statement, b, council, pkg, provider, start.plusDays(2), start.plusDays(43) + "T08:00:00Z");
            visit(statement, next, council, pkg, provider, start.plusDays(30), start.plusDays(44) + "T08:00:00Z");
            visit(statement, late, council, pkg, provider, start.plusDays(3), start.plusDays(45) + "T08:00:00Z");
            schedule(statement, first, council, provider, start, start.plusDays(72) + "T08:00:00Z");
            schedule(statement, second, council, provider, start.plusDays(28), start.plusDays(103) + "T08:00:00Z");
            line(statement, first, council, a, pkg, start.plusDays(1));
            line(statement, first, council, b, pkg, start.plusDays(2));
            line(statement, second, council, late, pkg, start.plusDays(3));
            line(statement, second, council, next, pkg, start.plusDays(30));
        }

        Flyway.configure().dataSource(url, "postgres", "postgres").load().migrate();

        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); var statement = db.createStatement()) {
            assertThat(visits(statement, "select visit_id from payment_line_visit where schedule_id = '" + first + "'"))
                    .containsExactlyInAnyOrder(a, b);
            assertThat(visits(statement, "select visit_id from payment_line_visit where schedule_id = '" + second + "'"))
                    .containsExactlyInAnyOrder(late, next);
            assertThat(visits(statement, """
                    select v.id from visit_actual v join payment_schedule s on s.council_id = v.council_id and s.provider_id = v.provider_id
                     where v.visit_date <= s.period_end and v.seq <= s.visits_through"""))
                    .as("claimed by the rule").doesNotContain(unpaid).contains(a, b, late, next);
            var rows = statement.executeQuery("select count(*) from payment_line where last_visit_date = visit_date and visits = 1");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(4);
        }
    }

    private static void visit(java.sql.Statement statement, UUID id, UUID council, UUID pkg, UUID provider, LocalDate day, String at)
            throws SQLException {
        statement.execute("""
                insert into visit_actual (id, council_id, package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes,
                                          actual_start, actual_end, actual_minutes, carers_present, missed, source, recorded_by, recorded_at)
                values ('%s', '%s', '%s', '%s', date '%s', '08:00', '08:30', 30, '08:00', '08:30', 30, 1, false, 'API', 'test', '%s')"""
                .formatted(id, council, pkg, provider, day, at));
    }

    private static void schedule(java.sql.Statement statement, UUID id, UUID council, UUID provider, LocalDate start, String at)
            throws SQLException {
        statement.execute("""
                insert into payment_schedule (id, council_id, provider_id, period_start, built_by, built_at)
                values ('%s', '%s', '%s', date '%s', 'test', '%s')""".formatted(id, council, provider, start, at));
    }

    private static void line(java.sql.Statement statement, UUID schedule, UUID council, UUID visit, UUID pkg, LocalDate day)
            throws SQLException {
        statement.execute("""
                insert into payment_line (schedule_id, council_id, visit_id, package_id, visit_date, planned_minutes, actual_minutes,
                                          carers_present, carers_commissioned, missed, service_type, rate_source, rate_pence, paid_minutes,
                                          amount_pence, approved_minutes, approved_rate_pence, approved_amount_pence)
                values ('%s', '%s', '%s', '%s', date '%s', 30, 30, 1, 1, false, 'DOMICILIARY', 'RATE_SCHEDULE', 2350, 30, 1175, 30, 2350, 1175)"""
                .formatted(schedule, council, visit, pkg, day));
    }

    private static List<UUID> visits(java.sql.Statement statement, String query) throws SQLException {
        List<UUID> visits = new ArrayList<>();
        try (var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                visits.add(rows.getObject(1, UUID.class));
            }
        }
        return visits;
    }
}
