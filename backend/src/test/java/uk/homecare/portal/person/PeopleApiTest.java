package uk.homecare.portal.person;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/** The council's staff search their register page by page, with no cap, read a person and correct them. */
@MicronautTest(transactional = false)
class PeopleApiTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String ADMIN = "admin@coventry.demo";
    static final int REGISTER_SIZE = 1_100;

    UUID coventry() {
        return id("select id from council where code = 'coventry'");
    }

    UUID person(String givenName, String familyName, String nhsNumber, String postcode) {
        return id("""
                insert into person (council_id, given_name, family_name, date_of_birth, nhs_number, address_line, postcode)
                values (?, ?, ?, date '1940-06-01', ?, '1 Test Row', ?) returning id""", coventry(), givenName, familyName, nhsNumber, postcode);
    }

    PersonPage search(String as, String query) {
        return api().retrieve(api().as(as, GET(query)), PersonPage.class);
    }

    List<String> names(PersonPage page) {
        return page.items().stream().map(p -> p.givenName() + " " + p.familyName()).toList();
    }

    @BeforeAll
    void aLargeRegister() {
        // Family names Zz-0001 to Zz-1100 sort after every demo person, so the last of them is the register's last entry.
        execute("""
                insert into person (council_id, given_name, family_name, date_of_birth, address_line, postcode)
                select c.id, 'Person', 'Zz-' || lpad(n::text, 4, '0'), date '1930-01-01' + n, n || ' Long Lane', 'CV47 ' || (n % 10) || 'AB'
                  from council c, generate_series(1, ?) as n
                 where c.code = 'coventry'""", REGISTER_SIZE);
    }

    @Test
    void paging_through_the_whole_register_reaches_every_person_past_a_thousand() {
        List<Person> everyone = new ArrayList<>();
        PersonPage page = search(COMMISSIONER, "/api/people?size=100");
        for (int n = 1; !page.items().isEmpty(); n++) {
            everyone.addAll(page.items());
            page = search(COMMISSIONER, "/api/people?size=100&page=" + n);
        }

        assertThat(page.total()).isGreaterThan(REGISTER_SIZE);
        assertThat(everyone).hasSize((int) page.total());
        assertThat(everyone).extracting(Person::id).doesNotHaveDuplicates();
        assertThat(everyone.getLast().familyName()).isEqualTo("Zz-1100");
    }

    @Test
    void a_page_is_ordered_by_family_then_given_name_then_id_and_says_how_many_were_found() {
        UUID first = person("Anne", "Aaronson", null, "CV1 2AB");
        UUID second = person("Anne", "Aaronson", null, "CV1 2AB");
        person("Bella", "Aaronson", null, "CV1 2AB");

        PersonPage page = search(COMMISSIONER, "/api/people?q=aaronson");

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.page()).isZero();
        assertThat(page.size()).isEqualTo(25);
        assertThat(names(page)).containsExactly("Anne Aaronson", "Anne Aaronson", "Bella Aaronson");
        boolean firstSortsFirst = first.toString().compareTo(second.toString()) < 0; // PostgreSQL orders uuids byte by byte
        assertThat(page.items().subList(0, 2)).extracting(Person::id).containsExactly(
                firstSortsFirst ? first : second, firstSortsFirst ? second : first);
    }

    @Test
    void the_last_page_of_a_search_holds_the_last_person_found() {
        PersonPage last = search(COMMISSIONER, "/api/people?q=zz-&size=100&page=10");

        assertThat(last.total()).isEqualTo(REGISTER_SIZE);
        assertThat(last.items()).hasSize(100);
        assertThat(last.items().getLast().familyName()).isEqualTo("Zz-1100");
        assertThat(search(COMMISSIONER, "/api/people?q=zz-&size=100&page=11").items()).isEmpty();
    }

    @Test
    void people_are_found_by_any_part_of_their_name_in_any_case() {
        person("Gwendolyn", "Featherstonehaugh", null, "CV2 1AA");

        assertThat(names(search(COMMISSIONER, "/api/people?q=FEATHER"))).containsExactly("Gwendolyn Featherstonehaugh");
        assertThat(names(search(COMMISSIONER, "/api/people?q=gwen%20haugh"))).containsExactly("Gwendolyn Featherstonehaugh");
        assertThat(search(COMMISSIONER, "/api/people?q=gwen%20smith").total()).isZero();
    }

    @Test
    void people_are_found_by_nhs_number_with_or_without_spaces() {
        UUID cedric = person("Cedric", "Numbers", "9434766060", "CV2 1AB");

        assertThat(search(COMMISSIONER, "/api/people?q=9434766060").items()).extracting(Person::id).containsExactly(cedric);
        assertThat(search(COMMISSIONER, "/api/people?q=943%20476%206060").items()).extracting(Person::id).containsExactly(cedric);
    }

    @Test
    void people_are_found_by_postcode_district_or_full_postcode() {
        UUID dora = person("Dora", "District", null, "CV31 9ZZ");

        assertThat(search(COMMISSIONER, "/api/people?q=cv31").items()).extracting(Person::id).containsExactly(dora);
        assertThat(search(COMMISSIONER, "/api/people?q=CV31%209ZZ").items()).extracting(Person::id).containsExactly(dora);
        assertThat(search(COMMISSIONER, "/api/people?q=CV47&size=1").total()).isEqualTo(REGISTER_SIZE);
    }

    @Test
    void an_administrator_reads_a_person_of_their_council() {
        UUID eric = person("Eric", "Reader", "9434766079", "CV2 1AC");

        Person read = api().retrieve(api().as(ADMIN, GET("/api/people/" + eric)), Person.class);

        assertThat(read).isEqualTo(new Person(eric, "Eric", "Reader", LocalDate.of(1940, 6, 1), "9434766079", "1 Test Row", "CV2 1AC", 0));
    }

    @Test
    void another_councils_person_is_not_found_and_never_listed() {
        UUID fay = person("Fay", "Tenancy", null, "CV2 1AD");
        String bradford = "commissioner@bradford.demo";

        assertThat(api().refusal(api().as(bradford, GET("/api/people/" + fay))).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(api().as(bradford, PUT("/api/people/" + fay, form("Fay", "Tenancy", null, 0))))
                .getStatus().getCode()).isEqualTo(404);
        assertThat(search(bradford, "/api/people?q=tenancy").total()).isZero();
        assertThat(search(bradford, "/api/people?q=zz-").total()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"provider@coventry.demo", "carer@coventry.demo", "person@coventry.demo"})
    void nobody_but_council_staff_may_use_the_register(String username) {
        UUID gus = person("Gus", "Private", null, "CV2 1AE");

        assertThat(api().refusal(api().as(username, GET("/api/people"))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(username, GET("/api/people/" + gus))).getStatus().getCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            size=101      | size
            size=0        | size
            page=-1       | page
            page=lots     | page
            """)
    void a_bad_page_or_size_is_a_problem_naming_it(String query, String field) {
        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, GET("/api/people?" + query))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(field);
    }

    @Test
    void an_id_that_is_not_one_is_a_problem_naming_it() {
        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, GET("/api/people/not-an-id"))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("id");
    }

    @Test
    void a_search_longer_than_a_hundred_characters_is_a_problem_naming_q() {
        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, GET("/api/people?q=" + "a".repeat(101)))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("q");
    }

    PersonForm form(String givenName, String familyName, String nhsNumber, int version) {
        return new PersonForm(givenName, familyName, LocalDate.of(1940, 6, 1), nhsNumber, "1 Test Row", "CV2 1AF", version);
    }

    @Test
    void a_correction_is_saved_audited_by_field_and_bumps_the_version() {
        UUID hilda = person("Hilda", "Misspelt", null, "CV2 1AF");

        Person corrected = api().retrieve(api().as(COMMISSIONER, PUT("/api/people/" + hilda,
                new PersonForm("Hilda", "Misspell", LocalDate.of(1940, 6, 1), "9434766087", "1 Test Row", "cv21af", 0))), Person.class);

        assertThat(corrected.familyName()).isEqualTo("Misspell");
        assertThat(corrected.nhsNumber()).isEqualTo("9434766087");
        assertThat(corrected.postcode()).isEqualTo("CV2 1AF");
        assertThat(corrected.version()).isEqualTo(1);
        assertThat(number("select count(*) from audit_event where entity_id = ? and action = 'PERSON_CORRECTED' "
                + "and details -> 'fields' = '[\"familyName\", \"nhsNumber\"]'::jsonb", hilda)).isEqualTo(1);
    }

    @Test
    void a_correction_from_a_stale_version_is_a_conflict_and_changes_nothing() {
        UUID ida = person("Ida", "Twice", null, "CV2 1AF");
        api().retrieve(api().as(COMMISSIONER, PUT("/api/people/" + ida, form("Ida", "Twice-Changed", null, 0))), Person.class);

        var refusal = api().refusal(api().as(ADMIN, PUT("/api/people/" + ida, form("Ida", "Lost-Update", null, 0))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
        assertThat(api().retrieve(api().as(ADMIN, GET("/api/people/" + ida)), Person.class).familyName()).isEqualTo("Twice-Changed");
    }

    @Test
    void a_correction_to_an_nhs_number_someone_else_has_is_a_problem_naming_it() {
        person("Jack", "Holder", "9434766095", "CV2 1AG");
        UUID jill = person("Jill", "Taker", null, "CV2 1AG");

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, PUT("/api/people/" + jill, form("Jill", "Taker", "9434766095", 0)))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("nhsNumber");
        assertThat(problem.errors().getFirst().message()).isEqualTo("Another person in your council has this NHS number.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a check digit that does not match | {"givenName":"K","familyName":"L","dateOfBirth":"1940-06-01","nhsNumber":"9434766096","addressLine":"1 Row","postcode":"CV2 1AF","version":0} | nhsNumber
            no family name                    | {"givenName":"K","familyName":" ","dateOfBirth":"1940-06-01","addressLine":"1 Row","postcode":"CV2 1AF","version":0}                           | familyName
            a postcode that is none           | {"givenName":"K","familyName":"L","dateOfBirth":"1940-06-01","addressLine":"1 Row","postcode":"nowhere","version":0}                          | postcode
            no version                        | {"givenName":"K","familyName":"L","dateOfBirth":"1940-06-01","addressLine":"1 Row","postcode":"CV2 1AF"}                                       | version
            """)
    void a_bad_correction_is_a_problem_naming_the_field(String what, String body, String field) {
        UUID kim = person("Kim", "Invalid", null, "CV2 1AF");

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, PUT("/api/people/" + kim, body)
                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(field);
        assertThat(api().retrieve(api().as(COMMISSIONER, GET("/api/people/" + kim)), Person.class).version()).isZero();
    }
}
