package uk.homecare.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.ui.server.UiServer;

/** The UI's answers defend the browser: a policy on what may load and run, no framing, no caching, a safe cookie. */
@MicronautTest(transactional = false)
class UiSecurityHeadersTest extends PortalTest {

    @Inject
    UiServer ui;

    @Test
    void the_ui_page_carries_a_content_security_policy_and_is_neither_framed_cached_nor_sniffed() throws Exception {
        HttpResponse<String> page = get(ui.url());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void the_ui_names_no_server_software_or_version() throws Exception {
        HttpResponse<String> page = get(ui.url());

        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> page = get(ui.url());

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
