package uk.homecare.portal.platform;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class SecurityHeadersTest extends PortalTest {

    @Test
    void personal_data_is_never_cached_nor_framed_nor_sniffed() {
        HttpResponse<String> me = api().exchange(api().as("person@coventry.demo", GET("/api/me")), String.class);

        assertThat(me.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(me.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(me.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(me.getHeaders().get("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    void refusals_carry_the_same_headers() {
        var refusal = api().refusal(GET("/api/me"));

        assertThat(refusal.getStatus().getCode()).isEqualTo(401);
        assertThat(refusal.getResponse().getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(refusal.getResponse().getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void no_answer_names_the_server_software_or_its_version() {
        HttpResponse<String> health = api().exchange(GET("/health"), String.class);

        assertThat(health.getHeaders().get("Server")).isNull();
    }
}
