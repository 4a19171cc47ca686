package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest
class ApiReferenceTest extends PortalTest {

    @Test
    void the_spec_and_a_rendered_reference_are_served_without_signing_in_and_without_a_cdn() {
        String spec = client.toBlocking().retrieve(HttpRequest.GET("/swagger/homecare-portal.yml"));
        String page = client.toBlocking().retrieve(HttpRequest.GET("/swagger/views/redoc/index.html"));

        assertThat(spec).contains("title: Homecare Portal API");
        assertThat(page).contains("homecare-portal.yml").doesNotContain("cdn.").doesNotContain("unpkg");
    }
}
