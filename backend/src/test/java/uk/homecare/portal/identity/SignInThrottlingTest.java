package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

/**
 * Sign-in storms: every try is counted before its password is checked, names with and without an account are
 * answered alike, a lock ends and lets one more try through, a password reset unlocks, partner clients likewise.
 */
@MicronautTest(transactional = false)
class SignInThrottlingTest extends PortalTest {

    @Inject
    SignInThrottle throttle;

    @Test
    void thirty_wrong_passwords_at_once_get_exactly_five_checks_and_the_rest_are_refused_unchecked() throws Exception {
        List<Integer> statuses = Race.of(30, i -> status(login("commissioner@herefordshire.demo", "wrong password at once")));

        assertThat(statuses).filteredOn(s -> s == 401).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(25);
        assertThat(status(login("commissioner@herefordshire.demo", Api.DEMO_PASSWORD))).as("locked even to the right password").isEqualTo(429);
    }

    @Test
    void right_sign_ins_racing_each_other_are_let_in_or_asked_to_wait_never_an_error() throws Exception {
        List<Integer> statuses = Race.of(20, i -> status(login("commissioner@rotherham.demo", Api.DEMO_PASSWORD)));

        assertThat(statuses).as("a right sign-in clears the counters others are adding to").isSubsetOf(200, 429).contains(200);
    }

    @Test
    void a_name_without_an_account_is_answered_exactly_like_one_with_an_account() {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            known.add(answer(login("carer@herefordshire.demo", "wrong-" + attempt)));
            unknown.add(answer(login("nobody-at-all@herefordshire.demo", "wrong-" + attempt)));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known.getLast()).startsWith("429");
    }

    @Test
    void once_the_lock_ends_one_more_try_is_let_through_and_the_right_password_signs_in() {
        String name = "admin@herefordshire.demo";
        for (int attempt = 0; attempt < 5; attempt++) {
            status(login(name, "wrong-" + attempt));
        }
        assertThat(status(login(name, Api.DEMO_PASSWORD))).isEqualTo(429);

        clock.advance(Duration.ofSeconds(61));
        assertThat(status(login(name, "wrong again"))).as("one try after the lock, wrong: locked again, for longer").isEqualTo(401);
        assertThat(status(login(name, Api.DEMO_PASSWORD))).isEqualTo(429);
        clock.advance(Duration.ofSeconds(61));
        assertThat(status(login(name, Api.DEMO_PASSWORD))).as("the doubled lock has not ended yet").isEqualTo(429);
        clock.advance(Duration.ofSeconds(61));

        assertThat(status(login(name, Api.DEMO_PASSWORD))).isEqualTo(200);
    }

    @Test
    void a_password_reset_unlocks_the_name_at_once() {
        String name = "provider@herefordshire.demo";
        for (int attempt = 0; attempt < 5; attempt++) {
            status(login(name, "wrong-" + attempt));
        }
        assertThat(status(login(name, Api.DEMO_PASSWORD))).isEqualTo(429);

        throttle.forgetAccount(name);

        assertThat(status(login(name, Api.DEMO_PASSWORD))).isEqualTo(200);
    }

    @Test
    void a_partner_client_with_wrong_secrets_is_refused_unchecked_after_ten() {
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(status(token(Api.PARTNER_CLIENT, "wrong-secret-" + attempt))).isEqualTo(401);
        }

        assertThat(status(token(Api.PARTNER_CLIENT, "wrong-secret-again"))).isEqualTo(429);
    }

    private HttpRequest<?> login(String username, String password) {
        return HttpRequest.POST("/login", new Credentials(username, password));
    }

    private HttpRequest<?> token(String clientId, String secret) {
        return HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, AccessToken.class).getStatus().getCode();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }

    /** The status and the problem's detail, as a caller sees them. */
    private String answer(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, AccessToken.class).getStatus().getCode() + "";
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode() + " " + Api.problemOf(refused).detail();
        }
    }
}
