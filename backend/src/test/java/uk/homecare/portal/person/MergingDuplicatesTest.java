package uk.homecare.portal.person;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.testing.PortalTest;

/**
 * V12 merges the duplicates packages used to make (one person row per package) through a function it
 * keeps, so this test makes duplicates as the old code did, underneath the application and without the
 * unique index that now forbids them, and merges them again.
 */
@MicronautTest(transactional = false)
class MergingDuplicatesTest extends PortalTest {

    static final String NHS_NUMBER = "9434766117";
    static final String MERGE = "select merge_people_sharing_an_nhs_number(?)";
    static final String UNIQUE_INDEX = "create unique index person_one_per_nhs_number on person (council_id, nhs_number) where nhs_number is not null";

    OffsetDateTime moment() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    UUID coventry() {
        return id("select id from council where code = 'coventry'");
    }

    UUID person(String nhsNumber, String addressLine, String postcode, Instant created) {
        return id("""
                insert into person (council_id, given_name, family_name, date_of_birth, nhs_number, address_line, postcode, created_at)
                values (?, 'Nora', 'Duplicate', date '1939-09-09', ?, ?, ?, ?) returning id""",
                coventry(), nhsNumber, addressLine, postcode, created.atOffset(ZoneOffset.UTC));
    }

    UUID carePackage(UUID person, String reference) {
        return id("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary, postcode_district)
                select z.council_id, ?, ?, z.id, l.id, 'COUNCIL', 420, 2, 30, 'MORNING', false, false, ?, 'Personal care', 'CV1'
                  from zone z join lot l on l.zone_id = z.id
                 where z.council_id = ? and z.code = 'CENTRAL'
                 limit 1
                returning id""", reference, person, clock.today().plusDays(7), coventry());
    }

    void plan(UUID person) {
        execute("""
                insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on)
                select ?, ?, organisation_id, 360, ? from app_user where username = 'provider@coventry.demo'""",
                coventry(), person, clock.monday().plusWeeks(4));
    }

    void consent(UUID person) {
        execute("insert into carer_consent (carer_id, person_id) select id, ? from app_user where username = 'carer@coventry.demo'", person);
    }

    void audit(UUID actingFor, String action, String entityType, UUID entityId, String details) {
        execute("""
                insert into audit_event (occurred_at, council_id, actor_name, actor_role, acting_for, action, entity_type, entity_id, details)
                values (?, ?, 'someone@coventry.demo', 'CARER', ?, ?, ?, ?, ?::jsonb)""",
                moment(), coventry(), actingFor, action, entityType, entityId, details);
    }

    @Test
    void duplicates_merge_into_the_oldest_record_keeping_every_package_plan_consent_login_and_audit_entry() {
        execute("drop index person_one_per_nhs_number");
        Instant now = clock.instant();
        UUID oldest = person(NHS_NUMBER, "1 Old Street", "CV1 1AA", now.minus(Duration.ofDays(30)));
        UUID middle = person(NHS_NUMBER, "2 Mid Street", "CV2 2BB", now.minus(Duration.ofDays(20)));
        UUID newest = person(NHS_NUMBER, "3 New Street", "CV3 3CC", now.minus(Duration.ofDays(10)));
        UUID withoutNumber = person(null, "4 Other Street", "CV4 4DD", now.minus(Duration.ofDays(40)));
        carePackage(oldest, "COV-DUP-1");
        UUID middlePackage = carePackage(middle, "COV-DUP-2");
        carePackage(newest, "COV-DUP-3");
        plan(newest);
        consent(oldest);
        consent(middle);
        execute("""
                insert into app_user (username, display_name, password_hash, role, council_id, person_id)
                select 'nora@coventry.test', 'Nora Duplicate', password_hash, 'SERVICE_USER', council_id, ? from app_user
                 where username = 'person@coventry.demo'""", newest);
        audit(middle, "HOURS_BOOKED", "hours_booking", UUID.randomUUID(), "{}");
        audit(null, "PERSON_UPDATED", "person", newest, "{\"fields\": [\"postcode\"]}");
        audit(null, "NOTED", "care_package", middlePackage, "{\"person\": \"" + middle + "\"}");
        int auditEntries = number("select count(*) from audit_event");

        int merged = number(MERGE, moment());

        assertThat(merged).isEqualTo(2);
        assertThat(id("select id from person where nhs_number = ?", NHS_NUMBER)).isEqualTo(oldest);
        assertThat(number("select count(*) from person where nhs_number = ?", NHS_NUMBER)).isEqualTo(1);
        assertThat(number("select count(*) from person where id = ?", withoutNumber)).isEqualTo(1);
        assertThat(number("select count(*) from care_package where person_id = ?", oldest)).isEqualTo(3);
        assertThat(number("select count(*) from hours_plan where person_id = ?", oldest)).isEqualTo(1);
        assertThat(number("select count(*) from app_user where username = 'nora@coventry.test' and person_id = ?", oldest)).isEqualTo(1);
        assertThat(number("select count(*) from carer_consent where person_id = ?", oldest)).as("both consents kept").isEqualTo(2);
        assertThat(number("select count(*) from carer_consent where person_id = ? and revoked_at is null", oldest))
                .as("one live link for the carer").isEqualTo(1);

        assertThat(number("select count(*) from audit_event")).as("every entry kept, and the merge recorded").isEqualTo(auditEntries + 1);
        assertThat(number("select count(*) from audit_event where acting_for = ?", oldest)).isEqualTo(1);
        assertThat(number("select count(*) from audit_event where details ->> 'person' = ?", oldest.toString())).isEqualTo(1);
        assertThat(number("select count(*) from audit_event where entity_type = 'person' and entity_id = ? and action = 'PERSON_UPDATED'", oldest))
                .isEqualTo(1);
        assertThat(number("""
                select count(*) from audit_event where entity_type = 'person' and entity_id = ? and action = 'PERSON_MERGED'
                   and details -> 'merged' = ?::jsonb""", oldest,
                "[\"" + (middle.toString().compareTo(newest.toString()) < 0 ? middle + "\", \"" + newest : newest + "\", \"" + middle) + "\"]")).isEqualTo(1);
        assertThat(number("select count(*) from audit_event where acting_for in (?, ?) or entity_id in (?, ?)", middle, newest, middle, newest))
                .isZero();

        Person kept = api().retrieve(api().as("commissioner@coventry.demo", GET("/api/people/" + oldest)), Person.class);
        assertThat(kept.addressLine()).as("the newest address").isEqualTo("3 New Street");
        assertThat(kept.postcode()).isEqualTo("CV3 3CC");
        assertThat(kept.version()).isEqualTo(1);

        execute(UNIQUE_INDEX);
        assertThat(number(MERGE, moment())).as("nothing left to merge").isZero();
        assertThatThrownBy(() -> execute("update audit_event set actor_name = 'someone else'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from hours_ledger")).hasMessageContaining("append-only");
    }

    @Test
    void two_hours_plans_among_duplicates_stop_the_merge_before_it_changes_anything() throws SQLException {
        try (Connection db = connectDirectly()) {
            db.setAutoCommit(false);
            try {
                db.createStatement().execute("drop index person_one_per_nhs_number");
                UUID first = person(db, clock.instant().minus(Duration.ofDays(2)));
                UUID second = person(db, clock.instant().minus(Duration.ofDays(1)));
                for (UUID person : new UUID[] {first, second}) {
                    var plan = db.prepareStatement("""
                            insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on)
                            select council_id, ?, (select organisation_id from app_user where username = 'provider@coventry.demo'), 360, ?
                              from person where id = ?""");
                    plan.setObject(1, person);
                    plan.setObject(2, clock.monday().plusWeeks(4));
                    plan.setObject(3, person);
                    plan.execute();
                }
                var merge = db.prepareStatement(MERGE);
                merge.setObject(1, moment());

                assertThatThrownBy(merge::executeQuery).hasMessageContaining("more than one flexible-hours plan").hasMessageContaining(first.toString());
            } finally {
                db.rollback();
            }
        }
    }

    private UUID person(Connection db, Instant created) throws SQLException {
        var insert = db.prepareStatement("""
                insert into person (council_id, given_name, family_name, nhs_number, created_at)
                select id, 'Percy', 'Planned', '9434766125', ? from council where code = 'coventry' returning id""");
        insert.setObject(1, created.atOffset(ZoneOffset.UTC));
        try (var row = insert.executeQuery()) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }
}
