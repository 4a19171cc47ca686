package uk.homecare.portal.platform;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * A broken constraint on a form's field is said in plain words, in the request's language and in the unit a person
 * thinks in (hours and minutes, pounds), and names its rule and limit in the field's own unit for a form that shows
 * another one. Never Jakarta's "must be greater than or equal to 15".
 */
@MicronautTest(transactional = false)
class FieldErrorsSpeakThePersonsUnitsTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@bridgend.demo";

    @Test
    void a_plan_of_minus_five_hours_a_week_is_refused_in_minutes_with_its_rule_and_limit_in_english_and_in_welsh() {
        String body = """
                {"personId":"%s","providerId":"%s","weeklyMinutes":-300,"startsOn":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), clock.monday());

        FieldError english = onlyError(refusal("/api/hours-plans", body, "en-GB"));
        FieldError welsh = onlyError(refusal("/api/hours-plans", body, "cy"));

        assertThat(english).isEqualTo(new FieldError("weeklyMinutes", "Must be at least 15 minutes.", "min", 15L));
        assertThat(welsh).isEqualTo(new FieldError("weeklyMinutes", "Rhaid iddo fod o leiaf 15 munud.", "min", 15L));
    }

    @Test
    void a_rate_beyond_the_maximum_is_refused_in_pounds_with_the_limit_in_pence() {
        String body = """
                {"serviceType":"CHC","hourlyRatePence":100001,"effectiveFrom":"%s"}""".formatted(clock.today().plusDays(30));

        FieldError english = onlyError(refusal("/api/rates", body, "en"));
        FieldError welsh = onlyError(refusal("/api/rates", body, "cy"));

        assertThat(english).isEqualTo(new FieldError("hourlyRatePence", "Must be no more than £1,000.00.", "max", 100_000L));
        assertThat(welsh).isEqualTo(new FieldError("hourlyRatePence", "Ni chaiff fod yn fwy na £1,000.00.", "max", 100_000L));
    }

    @Test
    void a_missing_value_a_pattern_and_a_date_of_birth_to_come_are_said_in_plain_words_not_the_validators() {
        Problem zone = refusal("/api/zones", """
                {"code":"NOT OK!","kind":"URBAN"}""", "cy");
        Problem person = Api.problemOf(api().refusal(api().as(COMMISSIONER, HttpRequest.PUT("/api/people/" + UUID.randomUUID(), """
                {"givenName":"Ann","familyName":"Other","dateOfBirth":"%s","addressLine":"1 High Street","postcode":"CV1 2AB","version":0}"""
                .formatted(clock.today().plusDays(1))).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))));

        assertThat(zone.errors()).containsExactlyInAnyOrder(
                new FieldError("code", "Rhaid iddo fod yn llythrennau, digidau a chysylltnodau yn unig.", "pattern", null),
                new FieldError("name", "Rhowch neu dewiswch werth.", "required", null));
        assertThat(person.errors()).containsExactly(new FieldError("dateOfBirth", "Must be a date in the past.", "past", null));
        assertThat(zone.errors()).extracting(FieldError::message).allSatisfy(message -> assertThat(message)
                .doesNotContain("must be").doesNotContain("greater than").doesNotContain("{"));
    }

    private Problem refusal(String path, String body, String language) {
        return Api.problemOf(api().refusal(api().as(COMMISSIONER, POST(path, body).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language))));
    }

    private static FieldError onlyError(Problem problem) {
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().getFirst();
    }
}
