package uk.homecare.portal.council;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditEntry;
import uk.homecare.portal.api.audit.AuditEntryPage;
import uk.homecare.portal.testing.PortalTest;

/** A council's administrator reads its audit trail through filters, a page at a time or as CSV, and only their own council's. */
@MicronautTest(transactional = false)
class AuditViewerTest extends PortalTest {

    static final String ADMIN = "admin@coventry.demo";
    static final String OTHER_ADMIN = "admin@bradford.demo";
    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String ALICE = "alice.audit@coventry.test";
    static final String BOB = "bob.audit@coventry.test";
    static final String MALLORY = "=HYPERLINK(\"https://evil.example\")";

    UUID coventry;
    UUID bradford;
    UUID person;
    UUID packageId;
    String packageReference;
    UUID packagePerson;

    @Override
    public Map<String, String> getProperties() {
        var properties = new java.util.HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    long event(UUID council, Instant at, String actor, String action, String entityType, UUID entityId, UUID actingFor, String details) {
        return number("""
                insert into audit_event (occurred_at, council_id, actor_name, actor_role, acting_for, action, entity_type, entity_id, details)
                values (?, ?, ?, 'ADMIN', ?, ?, ?, ?, cast(? as jsonb)) returning id""",
                java.sql.Timestamp.from(at), council, actor, actingFor, action, entityType, entityId, details);
    }

    @BeforeAll
    void aTrail() {
        coventry = id("select id from council where code = 'coventry'");
        bradford = id("select id from council where code = 'bradford'");
        person = id("""
                insert into person (council_id, given_name, family_name, date_of_birth, address_line, postcode)
                values (?, 'Audrey', 'Trail', date '1940-01-01', '1 Audit Row', 'CV1 1AA') returning id""", coventry);
        packageId = id("select id from care_package where council_id = ? order by reference limit 1", coventry);
        packagePerson = id("select person_id from care_package where id = ?", packageId);
        packageReference = first("select reference from care_package where id = ?", packageId);

        event(coventry, daysAgo(40), ALICE, "PERSON_CORRECTED", "person", person, null, "{}");
        event(coventry, daysAgo(38), BOB, "HOURS_BOOKED", "hours_booking", UUID.randomUUID(), person, "{}");
        event(coventry, daysAgo(36), BOB, "AWARDED", "care_package", packageId, null, "{}");
        event(coventry, daysAgo(34), MALLORY, "ZONE_ADDED", "zone", UUID.randomUUID(), null,
                "{\"name\": \"+SUM(A1:A9)\", \"code\": \"-1\", \"note\": \"@cmd\\tquoted \\\"text\\\", with comma\"}");
        event(bradford, daysAgo(35), ALICE, "PERSON_CORRECTED", "person", UUID.randomUUID(), null, "{}");
    }

    String first(String query, Object... parameters) {
        try (var db = connectDirectly(); var statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    AuditEntryPage page(String as, String query) {
        return api().retrieve(api().as(as, GET("/api/audit-events" + query)), AuditEntryPage.class);
    }

    List<String> actions(AuditEntryPage page) {
        return page.items().stream().map(AuditEntry::action).toList();
    }

    @Test
    void by_person_the_admin_finds_what_was_done_to_their_record_and_for_them() {
        AuditEntryPage found = page(ADMIN, "?person=" + person);

        assertThat(actions(found)).containsExactly("HOURS_BOOKED", "PERSON_CORRECTED");
        assertThat(found.total()).isEqualTo(2);
    }

    @Test
    void by_person_the_admin_also_finds_what_was_done_to_their_packages() {
        AuditEntryPage found = page(ADMIN, "?size=100&person=" + packagePerson);

        assertThat(found.items()).isNotEmpty().allSatisfy(entry -> assertThat(packagePerson.equals(entry.actingFor())
                || entry.entityType().equals("person") && packagePerson.equals(entry.entityId())
                || entry.entityType().equals("care_package") && packagePerson.equals(id("select person_id from care_package where id = ?", entry.entityId())))
                .as(entry.toString()).isTrue());
        assertThat(actions(found)).contains("AWARDED");
    }

    @Test
    void by_package_reference_in_any_case_the_admin_finds_only_that_packages_events() {
        AuditEntryPage found = page(ADMIN, "?size=100&package=" + packageReference.toLowerCase());

        assertThat(found.items()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("care_package");
            assertThat(entry.entityId()).isEqualTo(packageId);
        });
        assertThat(actions(found)).contains("AWARDED");
        assertThat(page(ADMIN, "?package=NOPE-000000").items()).isEmpty();
    }

    @Test
    void by_actor_in_any_case_and_by_action_the_admin_finds_only_those() {
        assertThat(page(ADMIN, "?actor=" + BOB.toUpperCase()).items()).extracting(AuditEntry::actor).containsExactly(BOB, BOB);
        AuditEntryPage corrected = page(ADMIN, "?size=100&action=PERSON_CORRECTED");
        assertThat(corrected.items()).isNotEmpty().allSatisfy(entry -> assertThat(entry.action()).isEqualTo("PERSON_CORRECTED"));
        assertThat(corrected.items()).extracting(AuditEntry::actor).contains(ALICE);
        assertThat(api().refusal(api().as(ADMIN, GET("/api/audit-events?action=SOMETHING_ELSE"))).code()).isEqualTo(400);
    }

    @Test
    void by_uk_days_the_range_includes_its_first_and_last_day() {
        LocalDate first = UkTime.dateOf(daysAgo(38));
        LocalDate last = UkTime.dateOf(daysAgo(36));

        AuditEntryPage found = page(ADMIN, "?size=100&from=" + first + "&to=" + last);

        assertThat(found.items()).isNotEmpty().allSatisfy(entry -> assertThat(UkTime.dateOf(entry.occurredAt())).isBetween(first, last));
        assertThat(found.items()).extracting(AuditEntry::action).contains("HOURS_BOOKED", "AWARDED").doesNotContain("ZONE_ADDED");
        var backwards = api().refusal(api().as(ADMIN, GET("/api/audit-events?from=" + last + "&to=" + first)));
        assertThat(backwards.code()).isEqualTo(400);
        assertThat(uk.homecare.portal.testing.Api.problemOf(backwards).errors()).extracting(e -> e.field()).containsExactly("to");
    }

    @Test
    void only_the_admins_own_councils_events_are_shown_and_a_commissioner_sees_none() {
        assertThat(page(ADMIN, "?actor=" + ALICE).items()).extracting(AuditEntry::entityId).containsExactly(person);
        assertThat(page(OTHER_ADMIN, "?actor=" + ALICE).items()).hasSize(1).extracting(AuditEntry::entityId).doesNotContain(person);
        assertThat(page(OTHER_ADMIN, "?person=" + person).items()).isEmpty();
        assertThat(page(OTHER_ADMIN, "?size=100&package=" + packageReference).items()).isEmpty();

        assertThat(api().refusal(api().as(COMMISSIONER, GET("/api/audit-events"))).code()).isEqualTo(403);
        assertThat(api().refusal(api().as(COMMISSIONER, GET("/api/audit-events.csv"))).code()).isEqualTo(403);
        assertThat(api().refusal(api().as("provider@coventry.demo", GET("/api/audit-events"))).code()).isEqualTo(403);
    }

    @Test
    void pages_are_at_most_a_hundred_entries_newest_first_and_reach_every_entry() {
        assertThat(api().refusal(api().as(ADMIN, GET("/api/audit-events?size=101"))).code()).isEqualTo(400);
        assertThat(api().refusal(api().as(ADMIN, GET("/api/audit-events?size=0"))).code()).isEqualTo(400);
        assertThat(api().refusal(api().as(ADMIN, GET("/api/audit-events?page=-1"))).code()).isEqualTo(400);

        AuditEntryPage first = page(ADMIN, "?size=100");
        assertThat(first.items()).hasSizeLessThanOrEqualTo(100);
        assertThat(first.total()).isEqualTo(number("select count(*) from audit_event where council_id = ?", coventry));
        List<AuditEntry> all = new ArrayList<>(first.items());
        for (int n = 1; all.size() < first.total(); n++) {
            all.addAll(page(ADMIN, "?size=100&page=" + n).items());
        }
        assertThat(all).extracting(AuditEntry::id).doesNotHaveDuplicates().hasSize((int) first.total());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).occurredAt()).isBeforeOrEqualTo(all.get(i - 1).occurredAt());
        }
    }

    @Test
    void the_csv_export_holds_what_the_filter_finds_with_every_field_quoted_and_formulas_defused() {
        HttpResponse<String> export = api().exchange(api().as(ADMIN, GET("/api/audit-events.csv?actor=" + encode(MALLORY))), String.class);

        assertThat(export.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/csv"));
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("\"id\",\"occurred_at\",\"actor\",\"actor_role\",\"action\",\"entity_type\",\"entity_id\",\"acting_for\",\"details\"");
        assertThat(lines[1]).contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\"", "\"ZONE_ADDED\"");
        assertThat(lines[1]).doesNotContain(",\"=", ",=");

        String byBob = api().retrieve(api().as(ADMIN, GET("/api/audit-events.csv?actor=" + BOB)), String.class);
        assertThat(byBob.split("\r\n")).hasSize(3);
        assertThat(byBob).contains("\"HOURS_BOOKED\"", "\"AWARDED\"").doesNotContain("PERSON_CORRECTED");
        assertThat(AuditCsv.cell("+SUM(A1)")).isEqualTo("\"'+SUM(A1)\"");
        assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditCsv.cell("@cmd")).isEqualTo("\"'@cmd\"");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(AuditCsv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(AuditCsv.cell("say \"hi\", then")).isEqualTo("\"say \"\"hi\"\", then\"");
        assertThat(api().retrieve(api().as(OTHER_ADMIN, GET("/api/audit-events.csv?actor=" + BOB)), String.class).split("\r\n")).hasSize(1);
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
