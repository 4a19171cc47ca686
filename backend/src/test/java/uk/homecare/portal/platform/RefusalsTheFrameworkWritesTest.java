package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

/**
 * Requests refused before any controller runs, by Netty or Micronaut itself, still answer with the status
 * HTTP has for them and a problem saying why. Sent with a plain HTTP client, as these are about the wire.
 */
@MicronautTest(transactional = false)
class RefusalsTheFrameworkWritesTest extends PortalTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_address_too_long_to_read_is_refused_as_uri_too_long() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/me?q=" + "a".repeat(9_000))).GET());

        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":414", "address (path and query) is too long");
    }

    @Test
    void headers_too_large_to_read_are_refused_as_request_header_fields_too_large() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/me")).header("X-Padding", "b".repeat(20_000)).GET());

        assertThat(response.statusCode()).isEqualTo(431);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":431", "headers are too large");
    }

    @Test
    void a_body_too_large_is_still_payload_too_large() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + "c".repeat(100_000) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void a_page_of_another_site_is_refused_with_a_problem_saying_so() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/me")).header("Origin", "https://elsewhere.example").GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:homecare-portal:problem:forbidden", "another site's pages");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void under_fhir_a_page_of_another_site_is_refused_with_an_operation_outcome() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/fhir/Task/00000000-0000-0000-0000-000000000001")).header("Origin", "https://elsewhere.example").GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"resourceType\":\"OperationOutcome\"", "another site's pages");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
