package uk.homecare.portal.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.testing.MovableClock;

/**
 * Puts care packages straight into a test's database, as the cascade leaves them: a package in its
 * PRIMARY stage with a pending offer to the zone lot's primary provider, or a package waiting in
 * UNALLOCATED or REVIEW. The person behind each package has a name, NHS number and address that no
 * notification may carry.
 */
final class Packages {

    static final String GIVEN_NAME = "Wilhelmina";
    static final String FAMILY_NAME = "Quarrendon";
    static final String NHS_NUMBER = "9434765919";
    static final String ADDRESS_LINE = "77 Larkspur Hidden Lane";
    static final String POSTCODE = "CV1 9XQ";

    private static final AtomicInteger NUMBER = new AtomicInteger(100);

    /** A package and its reference. */
    record Package(UUID id, String reference) {}

    private static final String INSERT = """
            with z as (
                select z.id, z.council_id, l.id as lot_id
                  from zone z join council c on c.id = z.council_id join lot l on l.zone_id = z.id
                 where c.code = ? and z.code = ?
                 limit 1
            ),
            person_row as (
                insert into person (council_id, given_name, family_name, nhs_number, address_line, postcode)
                select z.council_id, ?, ?, ?, ?, ? from z
                on conflict (council_id, nhs_number) where nhs_number is not null do update set given_name = excluded.given_name
                returning id
            ),
            package_row as (
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                                          visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed,
                                          start_date, needs_summary, postcode_district, status, round,
                                          stage_started_at, stage_ends_at, published_at)
                select z.council_id, ?, person_row.id, z.id, z.lot_id, 'COUNCIL', 600, 2, 30, 'MORNING,EVENING', false,
                       false, ?, 'Help with washing and meals', 'CV1', ?, 1, ?, ?, ?
                  from z, person_row
                returning id, lot_id, status, stage_ends_at
            ),
            offer_row as (
                insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
                select p.id, 1, lp.provider_id, p.status, ?, p.stage_ends_at
                  from package_row p join lot_provider lp on lp.lot_id = p.lot_id and lp.tier = 'PRIMARY'
                 where p.status = 'PRIMARY'
                returning id
            )
            select id, (select count(*) from offer_row) as offers from package_row""";

    private Packages() {}

    /** A Coventry Central package in its PRIMARY stage, offered at {@code now} to Spon End (provider@coventry.demo). */
    static Package offered(Connection connection, Instant now, Duration window) throws SQLException {
        return insert(connection, "coventry", "CENTRAL", "PRIMARY", now, now.plus(window));
    }

    static List<Package> offered(Connection connection, Instant now, Duration window, int count) throws SQLException {
        List<Package> packages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            packages.add(offered(connection, now, window));
        }
        return packages;
    }

    /** A Coventry Central package waiting in {@code status} (UNALLOCATED or REVIEW), with no pending offer. */
    static Package waiting(Connection connection, String status, Instant now) throws SQLException {
        return insert(connection, "coventry", "CENTRAL", status, now, null);
    }

    private static Package insert(Connection connection, String council, String zone, String status, Instant now,
                                  Instant windowEnds) throws SQLException {
        String reference = "COV-T" + NUMBER.incrementAndGet();
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            int i = 1;
            statement.setString(i++, council);
            statement.setString(i++, zone);
            statement.setString(i++, GIVEN_NAME);
            statement.setString(i++, FAMILY_NAME);
            statement.setString(i++, NHS_NUMBER);
            statement.setString(i++, ADDRESS_LINE);
            statement.setString(i++, POSTCODE);
            statement.setString(i++, reference);
            statement.setObject(i++, LocalDate.ofInstant(now, MovableClock.UK).plusDays(7));
            statement.setString(i++, status);
            statement.setTimestamp(i++, Timestamp.from(now));
            statement.setTimestamp(i++, windowEnds == null ? null : Timestamp.from(windowEnds));
            statement.setTimestamp(i++, Timestamp.from(now));
            statement.setTimestamp(i, Timestamp.from(now));
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No lot for " + council + "/" + zone);
                }
                if ("PRIMARY".equals(status) && row.getInt("offers") != 1) {
                    throw new IllegalStateException("Expected one offer, made " + row.getInt("offers"));
                }
                return new Package(row.getObject("id", UUID.class), reference);
            }
        }
    }
}
