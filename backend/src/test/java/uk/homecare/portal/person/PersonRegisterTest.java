package uk.homecare.portal.person;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/** A package names its person through the register: one record per NHS number in a council. */
@MicronautTest(transactional = false)
class PersonRegisterTest extends PortalTest {

    static final String COVENTRY = "commissioner@coventry.demo";
    static final String BRADFORD = "commissioner@bradford.demo";
    static final PersonDetails WINIFRED = new PersonDetails("Winifred", "Oakenshaw", LocalDate.of(1938, 5, 17), "9434766001",
            "3 Tile Hill Lane", "CV4 9DE");

    /** A zone of the council in use, with a lot of its own. */
    UUID zone(String council) {
        return id("""
                select z.id from zone z join council c on c.id = z.council_id
                 where c.code = ? and z.retired_on is null and exists (select 1 from lot l where l.zone_id = z.id)
                 order by z.code limit 1""", council);
    }

    CarePackage draft(String commissioner, String council, PersonDetails person) {
        UUID zone = zone(council);
        UUID lot = id("select id from lot where zone_id = ? order by name limit 1", zone);
        var form = new PackageForm(zone, lot, Funding.COUNCIL, 420, new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false),
                clock.today().plusDays(7), "Personal care.", person);
        return api().retrieve(api().as(commissioner, POST("/api/packages", form)), CarePackage.class);
    }

    UUID personOf(UUID packageId) {
        return id("select person_id from care_package where id = ?", packageId);
    }

    List<String> actionsOn(UUID person) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement(
                "select action || coalesce(' ' || (details -> 'fields')::text, '') from audit_event where entity_type = 'person' and entity_id = ? order by id")) {
            statement.setObject(1, person);
            var actions = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_second_package_for_the_same_nhs_number_links_to_the_same_person_and_brings_their_new_address() {
        CarePackage first = draft(COVENTRY, "coventry", WINIFRED);
        var moved = new PersonDetails("Winifred", "Oakenshaw", WINIFRED.dateOfBirth(), WINIFRED.nhsNumber(), "8 Canley Road", "cv4 8ed");

        CarePackage second = draft(COVENTRY, "coventry", moved);

        UUID person = personOf(first.id());
        assertThat(personOf(second.id())).isEqualTo(person);
        assertThat(number("select count(*) from person where nhs_number = ?", WINIFRED.nhsNumber())).isEqualTo(1);
        assertThat(second.person().addressLine()).isEqualTo("8 Canley Road");
        assertThat(second.person().postcode()).isEqualTo("CV4 8ED");
        assertThat(actionsOn(person)).containsExactly("PERSON_ADDED", "PERSON_UPDATED [\"addressLine\", \"postcode\"]");
    }

    @Test
    void the_same_details_again_change_nothing_and_are_not_audited_again() {
        UUID person = personOf(draft(COVENTRY, "coventry", new PersonDetails("Ivy", "Lockhart", LocalDate.of(1944, 2, 2), "9434766028",
                "5 Allesley Old Road", "CV5 8BU")).id());

        UUID again = personOf(draft(COVENTRY, "coventry", new PersonDetails("Ivy", "Lockhart", LocalDate.of(1944, 2, 2), "9434766028",
                " 5 Allesley Old Road ", "CV58BU")).id());

        assertThat(again).isEqualTo(person);
        assertThat(actionsOn(person)).containsExactly("PERSON_ADDED");
    }

    @Test
    void a_person_without_an_nhs_number_is_always_a_new_record() {
        var noNumber = new PersonDetails("Albert", "Nobody", LocalDate.of(1930, 1, 1), null, "1 High Street", "CV1 1AA");

        UUID first = personOf(draft(COVENTRY, "coventry", noNumber).id());
        UUID second = personOf(draft(COVENTRY, "coventry", noNumber).id());

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void a_known_nhs_number_with_another_date_of_birth_is_refused_on_that_field_and_links_nothing() {
        draft(COVENTRY, "coventry", new PersonDetails("Mabel", "Ashdown", LocalDate.of(1950, 7, 7), "9434766036", "2 Leaf Lane", "CV3 5GT"));
        int packages = number("select count(*) from care_package");

        Problem refused = Api.problemOf(api().refusal(api().as(COVENTRY, POST("/api/packages", new PackageForm(zone("coventry"),
                id("select id from lot where zone_id = ? order by name limit 1", zone("coventry")), Funding.COUNCIL, 420,
                new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false), clock.today().plusDays(7), "Personal care.",
                new PersonDetails("Mabel", "Ashdown", LocalDate.of(1951, 7, 7), "9434766036", "2 Leaf Lane", "CV3 5GT"))))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).extracting(Problem.FieldError::field).containsExactly("person.dateOfBirth");
        assertThat(number("select count(*) from care_package")).isEqualTo(packages);
    }

    @Test
    void an_nhs_number_that_fails_its_check_digit_is_refused_on_the_field() {
        Problem refused = Api.problemOf(api().refusal(api().as(COVENTRY, POST("/api/packages", new PackageForm(zone("coventry"),
                id("select id from lot where zone_id = ? order by name limit 1", zone("coventry")), Funding.COUNCIL, 420,
                new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false), clock.today().plusDays(7), "Personal care.",
                new PersonDetails("Mabel", "Ashdown", LocalDate.of(1951, 7, 7), "9434766037", "2 Leaf Lane", "CV3 5GT"))))));

        assertThat(refused.errors()).extracting(Problem.FieldError::field).containsExactly("person.nhsNumber");
    }

    @Test
    void the_same_nhs_number_in_another_council_is_that_councils_own_record() {
        UUID inCoventry = personOf(draft(COVENTRY, "coventry", new PersonDetails("Ruby", "Tranter", LocalDate.of(1945, 3, 3), "9434766044",
                "9 Holyhead Road", "CV1 3AA")).id());

        UUID inBradford = personOf(draft(BRADFORD, "bradford", new PersonDetails("Ruby", "Tranter", LocalDate.of(1945, 3, 3), "9434766044",
                "9 Manningham Lane", "BD8 7AA")).id());

        assertThat(inBradford).isNotEqualTo(inCoventry);
        assertThat(id("select council_id from person where id = ?", inBradford)).isEqualTo(id("select id from council where code = 'bradford'"));
    }

    @Test
    void a_chc_placement_for_someone_the_council_knows_links_to_their_record() {
        UUID known = personOf(draft(COVENTRY, "coventry", new PersonDetails("Olive", "Brandreth", LocalDate.of(1947, 3, 9), "9434766052",
                "18 Kenilworth Road", "CV5 6AB")).id());
        UUID coventry = id("select id from council where code = 'coventry'");
        var form = new ChcPackageForm(coventry, zone("coventry"), null, 900,
                new VisitPattern(3, 60, List.of(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.EVENING), true, true),
                clock.today().plusDays(10), "PEG feeding.", new PersonDetails("Olive", "Brandreth", LocalDate.of(1947, 3, 9), "9434766052",
                "18 Kenilworth Road", "CV5 6AB"), "ICB-REG-1");

        ChcPackage placed = api().retrieve(POST("/api/chc/packages", form).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", UUID.randomUUID().toString()), ChcPackage.class);

        assertThat(personOf(placed.id())).isEqualTo(known);
    }

    @Test
    void council_staff_find_people_in_the_register_not_in_the_hours_bank_list() {
        var refusal = api().refusal(api().as(COVENTRY, GET("/api/hours-bank/people")));

        assertThat(refusal.getStatus().getCode()).isEqualTo(403);
        assertThat(api().retrieve(api().as("person@coventry.demo", GET("/api/hours-bank/people")), Argument.listOf(NamedRef.class))).hasSize(1);
    }
}
