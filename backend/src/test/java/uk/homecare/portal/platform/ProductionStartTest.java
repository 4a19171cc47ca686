package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionStartTest {

    @Test
    void the_application_context_refuses_to_start_outside_demo_mode_with_the_demo_secret() {
        assertThatThrownBy(() -> ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .environments("production")
                        .properties(Map.of(
                                "micronaut.security.token.jwt.signatures.secret.generator.secret", SigningSecretPolicy.DEMO_SECRET,
                                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/none",
                                "flyway.datasources.default.enabled", "false",
                                "ui.port", "0",
                                "micronaut.server.port", "-1"))
                        .start())
                .hasStackTraceContaining("JWT_SECRET is the published demo secret");
    }
}
