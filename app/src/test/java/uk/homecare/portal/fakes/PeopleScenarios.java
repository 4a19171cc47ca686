package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.fakes.Refusals.refused;

import io.micronaut.http.HttpStatus;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.api.problem.ProblemType;

/** The council's register as the people views rely on it: paging, the order, the three kinds of search, and who may search. */
interface PeopleScenarios {

    Portal portal();

    @Test
    default void the_register_pages_in_the_order_of_family_then_given_name() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        PersonPage everyone = portal().people().listPeople(commissioner, null, 0, 100);
        assertThat(everyone.total()).isEqualTo(everyone.items().size()).isGreaterThanOrEqualTo(2);
        assertThat(everyone.items()).isSortedAccordingTo(Comparator.comparing((Person p) -> p.familyName().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.givenName().toLowerCase(Locale.ROOT)));

        PersonPage second = portal().people().listPeople(commissioner, "", 1, 1);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(everyone.total());
        assertThat(second.items()).containsExactly(everyone.items().get(1));

        PersonPage beyond = portal().people().listPeople(commissioner, null, (int) everyone.total(), 1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(everyone.total());
    }

    @Test
    default void a_search_finds_words_of_a_name_the_start_of_an_nhs_number_or_a_postcode_district() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        Person someone = portal().people().listPeople(commissioner, null, 0, 100).items().stream()
                .filter(p -> p.nhsNumber() != null && p.postcode() != null).findFirst().orElseThrow();

        assertThat(portal().people().listPeople(commissioner, someone.familyName().toUpperCase(Locale.ROOT) + " " + someone.givenName(), 0, 100)
                .items()).contains(someone);
        String digits = someone.nhsNumber().substring(0, 3) + " " + someone.nhsNumber().substring(3, 6);
        assertThat(portal().people().listPeople(commissioner, digits, 0, 100).items()).contains(someone)
                .allMatch(p -> p.nhsNumber() != null && p.nhsNumber().startsWith(someone.nhsNumber().substring(0, 6)));
        String district = someone.postcode().substring(0, someone.postcode().indexOf(' '));
        assertThat(portal().people().listPeople(commissioner, district.toLowerCase(Locale.ROOT), 0, 100).items()).contains(someone)
                .allMatch(p -> p.postcode() != null && p.postcode().toUpperCase(Locale.ROOT).startsWith(district.toUpperCase(Locale.ROOT) + " "));
        assertThat(portal().people().listPeople(commissioner, "Nobody Byth1sname", 0, 100).items()).isEmpty();
        assertThat(portal().people().showPerson(commissioner, someone.id())).isEqualTo(someone);
    }

    @Test
    default void a_provider_may_not_search_the_register() {
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        refused(() -> portal().people().listPeople(provider, null, 0, 25), HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);
    }

    @Test
    default void a_correction_is_kept_with_the_next_version_and_one_made_to_an_older_version_is_refused() {
        Bearer admin = portal().signedInAs(Role.ADMIN);
        Person someone = portal().people().listPeople(admin, null, 0, 100).items().stream()
                .filter(p -> p.dateOfBirth() != null && p.postcode() != null).findFirst().orElseThrow();
        var form = new PersonForm(someone.givenName(), someone.familyName(), someone.dateOfBirth(), someone.nhsNumber(),
                "7 Corrected Row", someone.postcode(), someone.version());

        Person corrected = portal().people().correctPerson(admin, someone.id(), form);

        assertThat(corrected.addressLine()).isEqualTo("7 Corrected Row");
        assertThat(corrected.version()).isEqualTo(someone.version() + 1);
        assertThat(portal().people().showPerson(admin, someone.id())).isEqualTo(corrected);
        refused(() -> portal().people().correctPerson(admin, someone.id(), form), HttpStatus.CONFLICT, ProblemType.CONFLICT);
        assertThat(portal().people().showPerson(admin, someone.id())).isEqualTo(corrected);
    }
}
