package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest
class SigningInTest extends PortalTest {

    @Inject
    TokenGenerator tokens;

    @Test
    void health_is_public_and_up() {
        var response = api().exchange(HttpRequest.GET("/health"), String.class);
        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body()).contains("UP");
        assertThat(response.body()).as("status only: nothing of the database or the disk")
                .doesNotContain("details", "jdbc", "postgres", "diskSpace");
    }

    @Test
    void a_commissioner_signs_in_and_is_told_who_they_are_and_for_which_council() {
        Me me = api().retrieve(api().as("commissioner@coventry.demo", HttpRequest.GET("/api/me")), Me.class);

        assertThat(me.role()).isEqualTo(Role.COMMISSIONER);
        assertThat(me.council().name()).isEqualTo("Coventry City Council");
        assertThat(me.councils()).extracting(c -> c.name()).containsExactly("Coventry City Council");
    }

    @Test
    void a_carer_is_told_whom_they_act_for() {
        Me me = api().retrieve(api().as("carer@bridgend.demo", HttpRequest.GET("/api/me")), Me.class);

        assertThat(me.role()).isEqualTo(Role.CARER);
        assertThat(me.actingFor()).hasSize(1);
    }

    @Test
    void a_wrong_password_is_refused_with_a_problem_and_no_token() {
        var refusal = api().refusal(HttpRequest.POST("/login", new Credentials("commissioner@bradford.demo", "guess")));

        assertThat(refusal.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(refusal.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(Api.problemOf(refusal).detail()).isEqualTo("The username or password is not right.");
    }

    @Test
    void repeated_failures_lock_the_account_even_against_the_right_password() {
        String username = "admin@rotherham.demo";
        for (int attempt = 0; attempt < 5; attempt++) {
            api().refusal(HttpRequest.POST("/login", new Credentials(username, "wrong-" + attempt)));
        }

        var refusal = api().refusal(HttpRequest.POST("/login", new Credentials(username, Api.DEMO_PASSWORD)));

        assertThat(refusal.getStatus().getCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
        assertThat(Api.problemOf(refusal).detail()).startsWith("Too many failed sign-in attempts");
    }

    @Test
    void the_api_refuses_requests_without_a_token() {
        var refusal = api().refusal(HttpRequest.GET("/api/me"));

        assertThat(refusal.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(Api.problemOf(refusal).title()).isEqualTo("Not signed in");
    }

    @Test
    void the_api_refuses_a_tampered_token() {
        String token = api().tokenFor("commissioner@bradford.demo");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        var refusal = api().refusal(HttpRequest.GET("/api/me").bearerAuth(forged));

        assertThat(refusal.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void the_api_refuses_a_token_once_it_has_expired() {
        Me me = api().retrieve(api().as("commissioner@bradford.demo", HttpRequest.GET("/api/me")), Me.class);
        String current = tokenFor(me, clock.instant().plusSeconds(60));
        String expired = tokenFor(me, clock.instant().minusSeconds(60));

        assertThat(api().exchange(HttpRequest.GET("/api/me").bearerAuth(current), Me.class).getStatus().getCode()).isEqualTo(200);
        assertThat(api().refusal(HttpRequest.GET("/api/me").bearerAuth(expired)).getStatus().getCode()).isEqualTo(401);
    }

    private String tokenFor(Me me, Instant expiry) {
        return tokens.generateToken(Map.of(
                        "sub", me.username(),
                        "iss", "homecare-portal",
                        "roles", List.of(me.role().name()),
                        "uid", me.id().toString(),
                        "council", me.council().id().toString(),
                        "councils", List.of(me.council().id().toString()),
                        "exp", expiry.getEpochSecond()))
                .orElseThrow();
    }

    @Test
    void a_partner_system_gets_a_short_lived_token_scoped_to_its_councils() {
        AccessToken token = api().retrieve(HttpRequest.POST("/oauth/token", Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "coventry-icb-demo",
                        "client_secret", "demo-client-secret-2026"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class);

        assertThat(token.expiresIn()).isEqualTo(900);
        Me me = api().retrieve(HttpRequest.GET("/api/me").bearerAuth(token.accessToken()), Me.class);
        assertThat(me.role()).isEqualTo(Role.NHS_PARTNER);
        assertThat(me.councils()).extracting(c -> c.name()).containsExactly("Coventry City Council");
    }

    @Test
    void a_partner_system_with_a_wrong_secret_gets_no_token() {
        var refusal = api().refusal(HttpRequest.POST("/oauth/token", Map.of(
                        "grant_type", "client_credentials", "client_id", "coventry-icb-demo", "client_secret", "nope"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));

        assertThat(refusal.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }
}
