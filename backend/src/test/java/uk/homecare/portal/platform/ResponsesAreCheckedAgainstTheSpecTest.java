package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.SpecViolations;

/**
 * Every response the backend's tests receive through the HTTP client is checked against the published spec
 * ({@link ResponsesKeptToTheSpec}): these show that a response which breaks it is reported and fails the test.
 */
@MicronautTest(transactional = false)
class ResponsesAreCheckedAgainstTheSpecTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";

    @Inject
    EmbeddedServer server;

    @Test
    void a_response_the_spec_describes_passes_and_answers_and_refusals_alike_are_checked() {
        api().tokenFor(COMMISSIONER);
        long before = specViolations.checkedSoFar();

        api().retrieve(api().as(COMMISSIONER, HttpRequest.GET("/api/me")), String.class);
        api().refusal(HttpRequest.GET("/api/me"));

        assertThat(specViolations.checkedSoFar()).isEqualTo(before + 2);
        assertThat(specViolations.drain()).isEmpty();
    }

    @Test
    void a_response_to_an_address_the_spec_does_not_have_is_reported_even_when_the_test_expected_the_refusal() {
        api().refusal(api().as(COMMISSIONER, HttpRequest.GET("/api/no-such-thing")));

        assertThat(specViolations.drain()).singleElement().asString()
                .contains("GET /api/no-such-thing answered 404").contains("validation.request.path.missing");
    }

    @Test
    void a_method_the_spec_does_not_give_the_address_is_reported() {
        api().refusal(api().as(COMMISSIONER, HttpRequest.DELETE("/api/me")));

        assertThat(specViolations.drain()).singleElement().asString().contains("DELETE /api/me answered 405");
    }

    @Test
    void what_the_jdks_client_receives_is_checked_too_and_its_caller_still_reads_the_body() throws Exception {
        var http = SpecCheckedHttpClient.builder(specViolations).build();

        var answer = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/no-such-thing")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("urn:homecare-portal:problem:not-found");
        assertThat(specViolations.drain()).singleElement().asString().contains("GET /api/no-such-thing answered 404");
    }

    @Test
    void a_call_made_off_the_spec_on_purpose_is_not_checked() {
        api().refusal(SpecViolations.offTheSpec(api().as(COMMISSIONER, HttpRequest.GET("/api/no-such-thing"))));

        assertThat(specViolations.drain()).isEmpty();
    }

    @Test
    void a_body_that_breaks_the_operations_schema_is_reported() {
        var broken = HttpResponse.ok("{\"id\":\"not-a-uuid\",\"username\":5}").contentType(MediaType.APPLICATION_JSON_TYPE);

        assertThat(ResponsesKeptToTheSpec.differences("GET", "/api/me", broken))
                .anySatisfy(line -> assertThat(line).contains("GET /api/me answered 200").contains("/id"))
                .anySatisfy(line -> assertThat(line).contains("/username"))
                .anySatisfy(line -> assertThat(line).contains("required"));
    }

    @Test
    void a_status_the_operation_does_not_give_is_reported() {
        var created = HttpResponse.created("{}").contentType(MediaType.APPLICATION_JSON_TYPE);

        assertThat(ResponsesKeptToTheSpec.differences("GET", "/api/me", created)).singleElement().asString()
                .contains("GET /api/me answered 201").contains("validation.response.status.unknown");
    }

    @Test
    void a_content_type_the_operation_does_not_give_is_reported() {
        var plain = HttpResponse.unauthorized().body("Not signed in").contentType(MediaType.TEXT_PLAIN_TYPE);

        assertThat(ResponsesKeptToTheSpec.differences("GET", "/api/me", plain)).singleElement().asString()
                .contains("validation.response.contentType.notAllowed");
    }

    @Test
    void a_problem_whose_field_breaks_the_specs_own_pattern_is_reported() {
        var problem = HttpResponse.badRequest("""
                {"type":"urn:homecare-portal:problem:invalid-input","title":"Invalid input","status":400,\
                "detail":"Some fields are not valid.","errors":[{"field":"/form","message":"must not be null"}]}""")
                .contentType(Problem.MEDIA_TYPE);

        assertThat(ResponsesKeptToTheSpec.differences("POST", "/api/packages", problem))
                .anySatisfy(line -> assertThat(line).contains("/errors/0/field"));
    }

    @Test
    void a_test_that_received_a_response_off_the_spec_fails_although_it_caught_the_refusal() {
        specViolations.record("GET /api/example answered 418: [validation.response.status.unknown]");

        assertThatThrownBy(this::responsesKeptToTheSpec).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/example answered 418");
        assertThat(specViolations.drain()).isEmpty();
    }
}
