package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * Refusals the published spec once left out or described wrongly, each answered as it says now (every response
 * here is also checked against the spec by {@link ResponsesKeptToTheSpec}).
 */
@MicronautTest(transactional = false)
class RefusalsAsTheSpecSaysTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";

    static Stream<PublishedSpec.Operation> operationsThatReadABody() {
        return PublishedSpec.read().operations().stream().filter(op -> op.bodyMediaType() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsThatReadABody")
    void every_operation_that_reads_a_body_answers_a_body_of_another_media_type_with_415(PublishedSpec.Operation operation) {
        String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var request = HttpRequest.create(HttpMethod.valueOf(operation.method()), path).body("just some text").contentType(MediaType.TEXT_PLAIN_TYPE);

        HttpClientResponseException refusal = api().refusal(request);

        assertThat(refusal.getStatus().getCode()).as(operation.key()).isEqualTo(415);
        if (!operation.path().startsWith("/fhir/")) {
            Problem problem = Api.problemOf(refusal);
            assertThat(problem.type()).isEqualTo("urn:homecare-portal:problem:unsupported-media-type");
            assertThat(problem.detail()).startsWith("Content Type [text/plain] not allowed.");
        }
    }

    @Test
    void a_missing_body_is_named_as_the_body_not_by_the_codes_own_name_for_it() {
        HttpClientResponseException refusal = api().refusal(api().as(COMMISSIONER,
                HttpRequest.POST("/api/zones", "").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("body");
    }

    @Test
    void an_unknown_field_whose_name_a_field_cannot_have_is_named_as_the_body() {
        HttpClientResponseException refusal = api().refusal(api().as(COMMISSIONER, HttpRequest.POST("/api/zones",
                "{\"code\":\"ODD\",\"name\":\"Odd\",\"kind\":\"URBAN\",\"who/am i?\":1}").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("body");
    }

    @Test
    void an_unknown_field_with_a_plain_name_is_named_by_it() {
        HttpClientResponseException refusal = api().refusal(api().as(COMMISSIONER, HttpRequest.POST("/api/zones",
                "{\"code\":\"ODD\",\"name\":\"Odd\",\"kind\":\"URBAN\",\"colour\":1}").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("colour");
    }

    @Test
    void a_fhir_service_request_of_another_media_type_is_refused_with_an_operation_outcome() {
        HttpClientResponseException refusal = api().refusal(HttpRequest.POST("/fhir/ServiceRequest", "just some text")
                .contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth(api().partnerToken()));

        assertThat(refusal.getStatus().getCode()).isEqualTo(415);
        assertThat(refusal.getResponse().getContentType().map(Object::toString)).hasValue("application/fhir+json");
        assertThat(refusal.getResponse().getBody(String.class).orElseThrow()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    @Test
    void fhir_operations_refuse_a_caller_without_a_token_or_of_another_role_with_an_operation_outcome() {
        String task = "/fhir/Task/" + UUID.randomUUID();

        HttpClientResponseException anonymous = api().refusal(HttpRequest.GET(task));
        HttpClientResponseException commissioner = api().refusal(api().as(COMMISSIONER, HttpRequest.GET(task)));

        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);
        assertThat(commissioner.getStatus().getCode()).isEqualTo(403);
        assertThat(commissioner.getResponse().getContentType().map(Object::toString)).hasValue("application/fhir+json");
    }
}
