package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class SigningSecretPolicyTest {

    @Test
    void production_refuses_to_start_without_a_secret() {
        assertThatThrownBy(() -> SigningSecretPolicy.requireProductionSecret(null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("JWT_SECRET is not set");
        assertThatThrownBy(() -> SigningSecretPolicy.requireProductionSecret("  "))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void production_refuses_the_published_demo_secret() {
        assertThatThrownBy(() -> SigningSecretPolicy.requireProductionSecret(SigningSecretPolicy.DEMO_SECRET))
                .hasMessageContaining("demo secret");
    }

    @Test
    void production_refuses_a_short_secret() {
        assertThatThrownBy(() -> SigningSecretPolicy.requireProductionSecret("too-short"))
                .hasMessageContaining("at least 32");
    }

    @Test
    void production_refuses_a_long_secret_that_is_not_random() {
        for (String weak : new String[] {"a".repeat(32), "ab".repeat(20), "0123456789abcdef".repeat(4), "password".repeat(5)}) {
            assertThatThrownBy(() -> SigningSecretPolicy.requireProductionSecret(weak)).as(weak)
                    .hasMessageContaining("does not look random enough");
        }
    }

    @Test
    void production_accepts_what_openssl_makes() {
        assertThatCode(() -> SigningSecretPolicy.requireProductionSecret("tq0N2v8wq9cJH4f0V+0aS8b7sYb3QpQ2kR5mX1zLw6E9dT4uC7hJ3gF8yK2nM5pB"))
                .doesNotThrowAnyException();
    }

    @Test
    void production_accepts_a_long_random_secret() {
        assertThatCode(() -> SigningSecretPolicy.requireProductionSecret("k3J9x-long-enough-random-secret-from-a-vault-2026"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_database_url_in_the_environment_means_production_and_no_secret_means_no_start() {
        PortalMode mode = PortalMode.fromEnvironment(
                java.util.Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db/homecare"), new String[0]);

        assertThatThrownBy(mode::prepare).isInstanceOf(ConfigurationException.class);
    }
}
