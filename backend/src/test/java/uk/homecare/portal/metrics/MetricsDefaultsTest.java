package uk.homecare.portal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

/** The metrics settings as shipped, without the test configuration: what a council gets when it sets nothing. */
class MetricsDefaultsTest {

    @Test
    void by_default_the_metrics_listen_on_loopback_port_9464_and_no_management_endpoint_is_on_the_api() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("production").build()) {
            Environment environment = context.getEnvironment();
            environment.start();

            assertThat(environment.getProperty("portal.metrics.host", String.class)).contains("127.0.0.1");
            assertThat(environment.getProperty("portal.metrics.port", Integer.class)).contains(9464);
            assertThat(environment.getProperty("endpoints.all.enabled", Boolean.class)).contains(false);
            assertThat(environment.getProperty("micronaut.metrics.binders.web.server.histogram", Boolean.class)).contains(true);
        }
    }
}
