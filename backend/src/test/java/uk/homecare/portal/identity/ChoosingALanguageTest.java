package uk.homecare.portal.identity;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.LanguageChoice;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class ChoosingALanguageTest extends PortalTest {

    private static final String PERSON = "person@coventry.demo";

    @AfterEach
    void backToEnglish() {
        execute("update app_user set language = 'en' where username = ?", PERSON);
    }

    @Test
    void a_person_who_chooses_welsh_is_answered_in_welsh_from_then_on() {
        api().exchange(api().as(PERSON, PUT("/api/me/language", new LanguageChoice("cy"))), String.class);

        Me me = api().retrieve(api().as(PERSON, GET("/api/me")), Me.class);
        Problem problem = Api.problemOf(api().refusal(api().as(PERSON, GET("/api/people/" + UUID.randomUUID() + "/hours-bank"))));

        assertThat(me.language()).isEqualTo("cy");
        assertThat(problem.detail()).isEqualTo("Nid oes person o'r fath, neu ni chewch weithredu ar ei ran.");
    }

    @Test
    void a_request_that_asks_for_english_is_answered_in_english_whatever_the_account_says() {
        execute("update app_user set language = 'cy' where username = ?", PERSON);

        Problem problem = Api.problemOf(api().refusal(api().as(PERSON, GET("/api/people/" + UUID.randomUUID() + "/hours-bank"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,cy;q=0.5")));

        assertThat(problem.detail()).isEqualTo("No such person, or you may not act for them.");
    }

    @Test
    void a_request_that_asks_for_welsh_is_answered_in_welsh_before_anyone_signs_in() {
        Problem problem = Api.problemOf(api().refusal(GET("/api/me").header(HttpHeaders.ACCEPT_LANGUAGE, "cy")));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.detail()).doesNotContain("Sign in").isNotBlank();
    }

    @Test
    void only_english_and_welsh_can_be_chosen_and_nothing_else_is_taken_for_one() {
        for (Object language : new Object[] {"fr", "CY", "", true}) {
            Problem problem = Api.problemOf(api().refusal(api().as(PERSON, PUT("/api/me/language", Map.of("language", language))
                    .contentType(MediaType.APPLICATION_JSON))));

            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("language");
        }
        assertThat(api().retrieve(api().as(PERSON, GET("/api/me")), Me.class).language()).isEqualTo("en");
    }

    @Test
    void a_partner_system_has_no_language_to_choose() {
        var refusal = api().refusal(PUT("/api/me/language", new LanguageChoice("cy")).bearerAuth(api().partnerToken()));

        assertThat(refusal.getStatus().getCode()).isEqualTo(403);
    }
}
