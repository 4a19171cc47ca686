package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A partner's developer opens the API reference the README points to, and reads it: no CDN, nothing blocked. */
@MicronautTest(transactional = false)
class ApiReferenceJourneyTest extends BrowserTest {

    @Inject
    EmbeddedServer api;

    @Test
    void the_api_reference_renders_in_a_browser_from_the_portal_alone() {
        page.route("**/*", route -> {
            if (route.request().url().startsWith(api.getURL().toString())) {
                route.resume();
            } else {
                route.abort();
            }
        });

        page.navigate(api.getURL() + "/swagger/views/redoc/");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homecare Portal API").setLevel(1)))
                .isVisible();
        screenshot("api-reference");
        // Redoc's "powered by" logo points at its CDN: blocked by the policy, as every outside address should be.
        refusedByThePolicy.removeIf(refused -> refused.contains("'https://cdn.redoc.ly/"));
    }
}
