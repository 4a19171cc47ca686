package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

/** The settings as shipped, without the test configuration: what a council gets when it sets nothing. */
class DefaultConfigurationTest {

    @Test
    void the_default_token_url_partners_sign_assertions_for_is_the_whole_url() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("production").build()) {
            Environment environment = context.getEnvironment();
            environment.start();

            assertThat(environment.getProperty("portal.oauth.token-url", String.class))
                    .contains("http://localhost:8080/oauth/token");
        }
    }

    @Test
    void the_health_check_shows_its_details_to_nobody() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("production").build()) {
            Environment environment = context.getEnvironment();
            environment.start();

            assertThat(environment.getProperty("endpoints.health.details-visible", String.class)).contains("NEVER");
        }
    }
}
