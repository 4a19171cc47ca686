package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.brokerage.NeedsSummaryPolicy.Identifier;
import uk.homecare.portal.brokerage.NeedsSummaryPolicy.Person;
import uk.homecare.portal.platform.problem.PortalProblem;

/** What a needs summary may not say before award, by example: no database, no application. */
class NeedsSummaryPolicyTest {

    private static final Person SIOBHAN = new Person("Siobhán", "O'Connor-Hale", LocalDate.of(1941, 3, 14), "9434765919",
            "14 Spon End", "CV1 3BH");

    private static Optional<Identifier> in(String text) {
        return NeedsSummaryPolicy.identifies(text, SIOBHAN);
    }

    @Test
    void care_described_without_the_person_passes() {
        assertThat(in("Help with washing, dressing and meals after a hip operation; lives alone; two calls a day from 14 March."))
                .isEmpty();
        assertThat(in("Catheter care. Ring the council on 024 7683 1234 for the key safe code.")).as("a phone number is no NHS number")
                .isEmpty();
        assertThat(in("Lives in CV1, near the station; 3 steps to the door.")).as("the postcode district alone").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siobhan needs help with meals", "SIOBHÁN prefers female carers", "Mrs O'Connor-Hale lives alone",
            "mrs o connor hale, lives alone", "Call her Siobhán."})
    void the_persons_given_or_family_name_is_refused_whatever_its_case_accents_or_punctuation(String text) {
        assertThat(in(text)).contains(Identifier.NAME);
    }

    @Test
    void a_name_inside_another_word_is_not_the_name() {
        assertThat(NeedsSummaryPolicy.identifies("Needs help with the mayonnaise jar", new Person("May", "Hill", null, null, null, null)))
                .isEmpty();
        assertThat(NeedsSummaryPolicy.identifies("Hillside walks", new Person("May", "Hill", null, null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NHS no 9434765919", "nhs 943 476 5919", "943-476-5919 on the letter"})
    void the_persons_nhs_number_is_refused_however_it_is_spaced(String text) {
        assertThat(in(text)).contains(Identifier.NHS_NUMBER);
    }

    @Test
    void any_valid_nhs_number_is_refused_and_ten_digits_that_fail_the_check_are_not() {
        assertThat(in("Her husband's number is 401 023 2137")).as("another valid NHS number").contains(Identifier.NHS_NUMBER);
        assertThat(in("Order 1234567890 of the hoist")).as("fails the modulus 11 check").isEmpty();
        assertThat(in("Reference 94347659190")).as("eleven digits").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"born 14/03/1941", "DOB 14-3-1941", "14.03.41", "1941-03-14", "14 March 1941", "14th of Mar 1941",
            "March 14th, 1941"})
    void the_persons_date_of_birth_is_refused_in_the_ways_people_write_it(String text) {
        assertThat(in(text)).contains(Identifier.DATE_OF_BIRTH);
    }

    @Test
    void another_date_is_not_the_date_of_birth() {
        assertThat(in("Starts 14/03/2027 after discharge; review 15 March 1941 style furniture")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lives at CV1 3BH", "postcode cv13bh", "(CV1 3BH)"})
    void the_persons_full_postcode_is_refused_with_or_without_its_space(String text) {
        assertThat(in(text)).contains(Identifier.POSTCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lives at 14 Spon End, ground floor", "address: 14, SPON END"})
    void the_persons_address_line_is_refused(String text) {
        assertThat(in(text)).contains(Identifier.ADDRESS);
    }

    @Test
    void a_refusal_names_the_field_and_checks_each_person_given() {
        Person entered = new Person("Ann", "Lee", null, null, null, null);

        assertThatThrownBy(() -> NeedsSummaryPolicy.check("Ann's daughter visits", entered, SIOBHAN))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> {
                    assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("needsSummary"));
                    assertThat(problem.errors().getFirst().message()).contains("name");
                });
        assertThatThrownBy(() -> NeedsSummaryPolicy.check("Siobhán's daughter visits", entered, SIOBHAN))
                .isInstanceOf(PortalProblem.class);
    }
}
