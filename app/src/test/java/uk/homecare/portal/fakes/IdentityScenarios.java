package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.fakes.Refusals.refused;

import io.micronaut.http.HttpStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.identity.Capabilities;

/** Signing in as the login view does it, and who the person is: their role and the capabilities the menus and buttons read. */
interface IdentityScenarios {

    Portal portal();

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COMMISSIONER", "ADMIN", "PROVIDER", "SERVICE_USER", "CARER"})
    default void each_role_signs_in_and_is_told_the_capabilities_the_api_gives_it(Role role) {
        Me me = portal().identity().me(portal().signedInAs(role));

        assertThat(me.role()).isEqualTo(role);
        assertThat(me.username()).isEqualTo(portal().username(role));
        assertThat(me.capabilities()).containsExactlyInAnyOrderElementsOf(Capabilities.of(role));
        assertThat(me.council() == null).isEqualTo(role == Role.PROVIDER);
        assertThat(me.councils()).isNotEmpty();
        assertThat(me.actingFor().isEmpty()).isEqualTo(role != Role.CARER);
    }

    @Test
    default void a_wrong_password_is_refused() {
        refused(() -> portal().identity().login(new Credentials(portal().username(Role.COMMISSIONER), "not-" + portal().password())),
                HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED);
    }
}
