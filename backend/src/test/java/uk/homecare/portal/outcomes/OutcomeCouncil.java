package uk.homecare.portal.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.testing.MovableClock;

/**
 * A council of a test's own, built underneath the application: a zone, a lot, a person, and a commissioner, a second
 * commissioner and an administrator who can sign in with the demo password and have e-mail addresses; then packages
 * published on a day, as a test needs.
 */
final class OutcomeCouncil {

    /** Runs SQL underneath the application: the test's {@code execute} and {@code id}. */
    interface Database {
        UUID id(String sql, Object... parameters);
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();

    final Database db;
    final UUID id;
    final String name;
    final String commissioner;
    final UUID commissionerId;
    final String secondCommissioner;
    final UUID secondCommissionerId;
    final String admin;
    final UUID adminId;
    private final UUID zone;
    private final UUID lot;
    private final UUID person;

    OutcomeCouncil(Database db) {
        this.db = db;
        int number = NUMBER.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 10;
        name = "Outcome Council " + number;
        id = db.id("insert into council (code, name, nation) values (?, ?, 'ENGLAND') returning id", "outcome-" + number, name);
        UUID organisation = db.id("insert into organisation (kind, name, council_id) values ('COUNCIL', ?, ?) returning id", name, id);
        commissioner = "commissioner@outcome-" + number + ".test";
        secondCommissioner = "commissioner2@outcome-" + number + ".test";
        admin = "admin@outcome-" + number + ".test";
        commissionerId = user(commissioner, "COMMISSIONER", organisation);
        secondCommissionerId = user(secondCommissioner, "COMMISSIONER", organisation);
        adminId = user(admin, "ADMIN", organisation);
        zone = db.id("insert into zone (council_id, code, name, kind) values (?, 'A', 'Zone A', 'URBAN') returning id", id);
        UUID framework = db.id("""
                insert into framework (council_id, name, starts_on, initial_term_months) values (?, 'Outcome framework', ?, 48) returning id""",
                id, LocalDate.of(2020, 1, 1));
        lot = db.id("""
                insert into lot (council_id, framework_id, name, kind, zone_id, service_category) values (?, ?, 'Lot A', 'ZONE', ?, 'OLDER_PEOPLE')
                returning id""", id, framework, zone);
        person = db.id("insert into person (council_id, given_name, family_name, postcode) values (?, 'Olive', 'Outcome', 'CV1 1AA') returning id", id);
    }

    private UUID user(String username, String role, UUID organisation) {
        return db.id("""
                insert into app_user (username, display_name, password_hash, role, council_id, organisation_id, email)
                select ?::text, ?::text, password_hash, ?::text, ?::uuid, ?::uuid, ?::text from app_user where username = 'commissioner@coventry.demo'
                returning id""", username, username, role, id, organisation, username);
    }

    /** A package published at 09:00 UK time on {@code day}, waiting in the cascade. */
    UUID publishedOn(LocalDate day) {
        Instant published = MovableClock.at(day, LocalTime.of(9, 0));
        return db.id("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                          postcode_district, status, round, published_at)
                values (?, ?, ?, ?, ?, 'COUNCIL', 420, 2, 30, 'MORNING', false, false, ?, 'Help with meals', 'CV1', 'PRIMARY', 1, ?)
                returning id""",
                id, "OUT-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase(), person, zone, lot, day.plusDays(7),
                OffsetDateTime.ofInstant(published, ZoneOffset.UTC));
    }
}
