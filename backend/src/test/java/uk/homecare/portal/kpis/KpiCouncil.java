package uk.homecare.portal.kpis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.testing.MovableClock;

/**
 * A council of a test's own, built underneath the application so that every KPI of it can be counted by hand: two
 * zones, a lot in each, a primary, a secondary and a framework provider on both lots, a commissioner, an administrator
 * and a provider user (of the primary provider) who can sign in with the demo password; then packages, offers, the
 * package history (audit events as the cascade and awards write them), visits and capacity reports as a test needs.
 */
final class KpiCouncil {

    /** Runs SQL underneath the application: the test's {@code execute} and {@code id}. */
    interface Database {
        void execute(String sql, Object... parameters);

        UUID id(String sql, Object... parameters);
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();

    final Database db;
    final int number;
    final UUID id;
    final String commissioner;
    final String admin;
    final String providerUser;
    final UUID providerUserId;
    final UUID zoneA;
    final UUID zoneB;
    final UUID lotA;
    final UUID lotB;
    final UUID primary;
    final UUID secondary;
    final UUID framework;
    private final UUID person;

    KpiCouncil(Database db, LocalDate providersSince) {
        this.db = db;
        this.number = NUMBER.incrementAndGet();
        id = db.id("insert into council (code, name, nation) values (?, ?, 'ENGLAND') returning id", "kpi-" + number, "KPI Council " + number);
        UUID councilOrganisation = db.id("insert into organisation (kind, name, council_id) values ('COUNCIL', ?, ?) returning id",
                "KPI Council " + number, id);
        commissioner = "commissioner@kpi-" + number + ".test";
        admin = "admin@kpi-" + number + ".test";
        providerUser = "provider@kpi-" + number + ".test";
        user(commissioner, "COMMISSIONER", id, councilOrganisation);
        user(admin, "ADMIN", id, councilOrganisation);
        zoneA = db.id("insert into zone (council_id, code, name, kind) values (?, 'A', 'Zone A', 'URBAN') returning id", id);
        zoneB = db.id("insert into zone (council_id, code, name, kind) values (?, 'B', 'Zone B', 'RURAL') returning id", id);
        UUID frameworkId = db.id("""
                insert into framework (council_id, name, starts_on, initial_term_months) values (?, 'KPI framework', ?, 48) returning id""",
                id, providersSince);
        lotA = lot(frameworkId, "Lot A", zoneA);
        lotB = lot(frameworkId, "Lot B", zoneB);
        primary = provider("Primary Care " + number, providersSince);
        secondary = provider("Second Care " + number, providersSince);
        framework = provider("Framework Care " + number, providersSince);
        for (UUID lot : new UUID[] {lotA, lotB}) {
            db.execute("insert into lot_provider (lot_id, provider_id, tier) values (?, ?, 'PRIMARY'), (?, ?, 'SECONDARY'), (?, ?, 'FRAMEWORK')",
                    lot, primary, lot, secondary, lot, framework);
        }
        providerUserId = user(providerUser, "PROVIDER", null, primary);
        person = db.id("insert into person (council_id, given_name, family_name, postcode) values (?, 'Kim', 'Measure', 'CV1 1AA') returning id", id);
    }

    private UUID user(String username, String role, UUID council, UUID organisation) {
        return db.id("""
                insert into app_user (username, display_name, password_hash, role, council_id, organisation_id)
                select ?::text, ?::text, password_hash, ?::text, ?::uuid, ?::uuid from app_user where username = 'commissioner@coventry.demo'
                returning id""", username, username, role, council, organisation);
    }

    private UUID lot(UUID frameworkId, String name, UUID zone) {
        return db.id("""
                insert into lot (council_id, framework_id, name, kind, zone_id, service_category) values (?, ?, ?, 'ZONE', ?, 'OLDER_PEOPLE')
                returning id""", id, frameworkId, name, zone);
    }

    UUID provider(String name, LocalDate since) {
        UUID provider = db.id("""
                insert into organisation (kind, name, regulator, regulator_provider_id, address_line, postcode, contact_email)
                values ('PROVIDER', ?, 'CQC', ?, '1 Measure Street', 'CV1 1AA', 'office@kpi.example') returning id""",
                name, "1-" + (700000000 + NUMBER.incrementAndGet() * 1000 + number % 1000));
        db.execute("insert into organisation_council (organisation_id, council_id, since) values (?, ?, ?)", provider, id, since);
        return provider;
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant uk(LocalDate day, int hour, int minute) {
        return MovableClock.at(day, LocalTime.of(hour, minute));
    }

    /** A package of the zone's lot; {@code published} may be null (a draft). */
    UUID carePackage(boolean inZoneA, String funding, String status, int weeklyMinutes, Instant published, UUID awardedTo,
            LocalDate start) {
        return carePackage(inZoneA, funding, status, weeklyMinutes, 2, 30, published, awardedTo, start, null);
    }

    UUID carePackage(boolean inZoneA, String funding, String status, int weeklyMinutes, int visitsPerDay, int visitMinutes,
            Instant published, UUID awardedTo, LocalDate start, LocalDate endedOn) {
        return db.id("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                          postcode_district, status, round, published_at, awarded_provider_id, awarded_at, ended_on,
                                          end_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MORNING', false, false, ?, 'Help with meals', 'CV1', ?, 1, ?, ?, ?, ?, ?)
                returning id""",
                id, "KPI-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase(), person, inZoneA ? zoneA : zoneB,
                inZoneA ? lotA : lotB, funding, weeklyMinutes, visitsPerDay, visitMinutes, start, status,
                published == null ? null : at(published), awardedTo, awardedTo == null ? null : at(published),
                endedOn, endedOn == null ? null : "DEATH");
    }

    /** An offer of the package in a round and stage; {@code respondedAt} may be null. */
    void offer(UUID carePackage, int round, UUID provider, String stage, Instant offeredAt, String response, String declineReason,
            Instant respondedAt) {
        db.execute("""
                insert into offer (package_id, round, provider_id, stage, offered_at, response, decline_reason, responded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                carePackage, round, provider, stage, at(offeredAt), response, declineReason, respondedAt == null ? null : at(respondedAt));
    }

    /** An event of the package's history, as the application writes it. */
    void history(UUID carePackage, String action, Instant at, String details, UUID actor) {
        db.execute("""
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                values (?, ?, ?, 'test', 'SYSTEM', ?, 'care_package', ?, ?::jsonb)""",
                at(at), id, actor, action, carePackage, details);
    }

    /** The cascade took the package from {@code from} (DRAFT when published, AWARDED when handed back) into a stage. */
    void entered(UUID carePackage, String stage, String from, Instant at) {
        history(carePackage, "ENTERED_" + stage, at, "{\"from\": \"" + from + "\", \"round\": 1}", null);
    }

    void awarded(UUID carePackage, String stage, Instant at) {
        history(carePackage, "AWARDED", at, "{\"stage\": \"" + stage + "\", \"provider\": \"someone\"}", null);
    }

    void visit(UUID carePackage, UUID provider, LocalDate day, int planned, int actual, boolean missed) {
        LocalTime start = LocalTime.of(8, 0);
        db.execute("""
                insert into visit_actual (package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes, actual_start,
                                          actual_end, actual_minutes, carers_present, missed, variance_reason, source, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'API', 'test', ?)""",
                carePackage, provider, day, start, start.plusMinutes(planned), planned, missed ? null : start,
                missed ? null : start.plusMinutes(actual), actual, missed ? 0 : 1, missed, missed ? "OTHER" : null, at(uk(day, 20, 0)));
    }

    void capacityReport(UUID provider, UUID zone, LocalDate weekStarts) {
        db.execute("""
                insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes, double_handed,
                                             staff, non_driving_staff, reported_at)
                values (?, ?, ?, ?, 600, 0, false, 3, 0, ?)""", provider, id, zone, weekStarts, at(uk(weekStarts, 9, 0)));
    }
}
