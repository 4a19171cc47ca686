package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.MfaEnrolment;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.OneTimeCode;
import uk.homecare.portal.api.identity.RecoveryCodes;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * Two-step verification over real HTTP: setting it up, signing in with a one-time or recovery code, codes taken
 * once, wrong codes locking the account like wrong passwords, a council requiring it, and an administrator
 * clearing it; every change in the audit trail. Each test signs in as people no other test here uses.
 */
@MicronautTest(transactional = false)
class TwoStepVerificationTest extends PortalTest {

    private record Enrolled(String secret, List<String> recoveryCodes) {}

    @Test
    void a_commissioner_sets_it_up_and_from_then_on_signs_in_only_with_a_current_code() {
        String username = "commissioner@herefordshire.demo";
        String token = signIn(username, null);
        assertThat(me(token).mfaEnrolled()).isFalse();

        MfaEnrolment enrolment = api().retrieve(HttpRequest.POST("/api/me/mfa", "").bearerAuth(token), MfaEnrolment.class);
        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Homecare%20Portal:commissioner%40herefordshire.demo?secret="
                + enrolment.secret() + "&issuer=Homecare%20Portal");
        assertThat(me(token).mfaEnrolled()).as("not in force until confirmed").isFalse();
        assertThat(signIn(username, null)).as("a password still signs in before the code is confirmed").isNotBlank();

        var wrong = refusal(HttpRequest.POST("/api/me/mfa/confirmation", new OneTimeCode(otherCode(enrolment.secret()))).bearerAuth(token));
        assertThat(wrong.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(wrong).errors()).extracting(Problem.FieldError::field).containsExactly("code");

        RecoveryCodes codes = api().retrieve(HttpRequest.POST("/api/me/mfa/confirmation", new OneTimeCode(code(enrolment.secret())))
                .bearerAuth(token), RecoveryCodes.class);
        assertThat(codes.codes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(me(token).mfaEnrolled()).isTrue();
        assertThat(audited("MFA_ENROLLED", username)).isEqualTo(1);
        assertThat(number("select count(*) from recovery_code where user_id = ? and used_at is null", userId(username))).isEqualTo(10);
        assertThat(number("select count(*) from recovery_code where code_hash = any (?)", (Object) codes.codes().toArray(String[]::new)))
                .as("only hashes are kept").isZero();

        var withoutCode = refusal(login(username, null));
        assertThat(withoutCode.getStatus().getCode()).isEqualTo(401);
        assertThat(Api.problemOf(withoutCode).type()).isEqualTo(ProblemType.MFA_REQUIRED.urn());

        var sameStep = refusal(login(username, code(enrolment.secret())));
        assertThat(Api.problemOf(sameStep).type()).as("the confirming code is used up").isEqualTo(ProblemType.MFA_FAILED.urn());

        clock.advance(Duration.ofSeconds(30));
        String full = signIn(username, code(enrolment.secret()));
        assertThat(api().exchange(HttpRequest.GET("/api/zones").bearerAuth(full), String.class).code()).isEqualTo(200);

        var again = refusal(HttpRequest.POST("/api/me/mfa", "").bearerAuth(full));
        assertThat(again.getStatus().getCode()).as("set up already").isEqualTo(409);
    }

    @Test
    void a_code_replayed_in_its_step_is_refused_and_a_wrong_code_counts_towards_the_lock() {
        String username = "provider@bradford.demo";
        Enrolled enrolled = enrol(username);
        clock.advance(Duration.ofSeconds(30));
        String code = code(enrolled.secret());
        signIn(username, code);

        var replayed = refusal(login(username, code));
        assertThat(replayed.getStatus().getCode()).isEqualTo(401);
        assertThat(Api.problemOf(replayed).type()).isEqualTo(ProblemType.MFA_FAILED.urn());
        assertThat(Api.problemOf(replayed).detail()).contains("used already");

        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(Api.problemOf(refusal(login(username, otherCode(enrolled.secret())))).type()).isEqualTo(ProblemType.MFA_FAILED.urn());
        }
        clock.advance(Duration.ofSeconds(30));
        var locked = refusal(login(username, code(enrolled.secret())));
        assertThat(locked.getStatus().getCode()).as("the replay and four wrong codes make five failures").isEqualTo(429);

        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn(username, code(enrolled.secret()))).isNotBlank();
    }

    @Test
    void a_recovery_code_signs_in_once_and_not_twice_and_its_use_is_audited() {
        String username = "commissioner@bridgend.demo";
        Enrolled enrolled = enrol(username);
        String recovery = enrolled.recoveryCodes().get(3);

        assertThat(signIn(username, recovery.toUpperCase())).isNotBlank();
        assertThat(audited("MFA_RECOVERY_CODE_USED", username)).isEqualTo(1);
        assertThat(number("select count(*) from recovery_code where user_id = ? and used_at is null", userId(username))).isEqualTo(9);
        assertThat(number("select count(*) from audit_event where action = 'MFA_RECOVERY_CODE_USED' and council_id = ? and entity_id = ?",
                id("select id from council where code = 'bridgend'"), userId(username))).as("in the council's own trail").isEqualTo(1);

        var twice = refusal(login(username, recovery));
        assertThat(Api.problemOf(twice).type()).isEqualTo(ProblemType.MFA_FAILED.urn());
        assertThat(audited("MFA_RECOVERY_CODE_USED", username)).isEqualTo(1);
    }

    @Test
    void new_recovery_codes_need_a_current_code_and_replace_the_old_ones() {
        String username = "admin@herefordshire.demo";
        Enrolled enrolled = enrol(username);
        clock.advance(Duration.ofSeconds(30));
        String token = signIn(username, code(enrolled.secret()));

        var wrong = refusal(HttpRequest.POST("/api/me/mfa/recovery-codes", new OneTimeCode(otherCode(enrolled.secret()))).bearerAuth(token));
        assertThat(wrong.getStatus().getCode()).isEqualTo(400);
        var replayed = refusal(HttpRequest.POST("/api/me/mfa/recovery-codes", new OneTimeCode(code(enrolled.secret()))).bearerAuth(token));
        assertThat(replayed.getStatus().getCode()).as("the sign-in's code is used up").isEqualTo(400);

        clock.advance(Duration.ofSeconds(30));
        RecoveryCodes fresh = api().retrieve(HttpRequest.POST("/api/me/mfa/recovery-codes", new OneTimeCode(code(enrolled.secret())))
                .bearerAuth(token), RecoveryCodes.class);
        assertThat(fresh.codes()).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(audited("MFA_RECOVERY_CODES_REGENERATED", username)).isEqualTo(1);

        assertThat(Api.problemOf(refusal(login(username, enrolled.recoveryCodes().getFirst()))).type()).isEqualTo(ProblemType.MFA_FAILED.urn());
        assertThat(signIn(username, fresh.codes().getFirst())).isNotBlank();
    }

    @Test
    void where_the_council_requires_it_staff_not_set_up_get_a_token_only_for_setting_it_up_and_people_and_carers_are_not_held() {
        execute("update council set mfa_required = true where code = 'rotherham'");
        String username = "commissioner@rotherham.demo";
        String token = signIn(username, null);

        Me me = me(token);
        assertThat(me.mfaRequired()).isTrue();
        assertThat(me.mfaEnrolled()).isFalse();
        assertThat(me.mustEnrolInMfa()).isTrue();
        var refused = refusal(HttpRequest.GET("/api/zones").bearerAuth(token));
        assertThat(refused.getStatus().getCode()).isEqualTo(403);
        assertThat(Api.problemOf(refused).type()).isEqualTo(ProblemType.MFA_ENROLMENT_REQUIRED.urn());
        assertThat(Api.problemOf(refused).detail()).contains("set it up first");
        var provider = refusal(HttpRequest.GET("/api/care-packages").bearerAuth(signIn("provider@rotherham.demo", null)));
        assertThat(Api.problemOf(provider).type()).as("a provider serving the council").isEqualTo(ProblemType.MFA_ENROLMENT_REQUIRED.urn());

        MfaEnrolment enrolment = api().retrieve(HttpRequest.POST("/api/me/mfa", "").bearerAuth(token), MfaEnrolment.class);
        api().retrieve(HttpRequest.POST("/api/me/mfa/confirmation", new OneTimeCode(code(enrolment.secret()))).bearerAuth(token),
                RecoveryCodes.class);
        assertThat(refusal(HttpRequest.GET("/api/zones").bearerAuth(token)).getStatus().getCode())
                .as("the same token stays restricted: sign in again").isEqualTo(403);

        clock.advance(Duration.ofSeconds(30));
        String full = signIn(username, code(enrolment.secret()));
        assertThat(api().exchange(HttpRequest.GET("/api/zones").bearerAuth(full), String.class).code()).isEqualTo(200);
        assertThat(me(full).mustEnrolInMfa()).isFalse();

        for (String person : List.of("person@rotherham.demo", "carer@rotherham.demo")) {
            String theirs = signIn(person, null);
            assertThat(me(theirs).mfaRequired()).as(person).isFalse();
            assertThat(api().retrieve(HttpRequest.GET("/api/hours-bank/people").bearerAuth(theirs), Argument.listOf(NamedRef.class)))
                    .as(person).isNotNull();
            assertThat(refusal(HttpRequest.POST("/api/me/mfa", "").bearerAuth(theirs)).getStatus().getCode()).as(person).isEqualTo(403);
        }
    }

    @Test
    void an_administrator_clears_it_for_a_member_of_their_council_and_for_nobody_else() {
        String member = "commissioner@bradford.demo";
        enrol(member);
        UUID memberId = userId(member);
        String otherAdmin = api().tokenFor("admin@coventry.demo");
        String ownAdmin = api().tokenFor("admin@bradford.demo");

        var otherCouncil = refusal(HttpRequest.DELETE("/api/accounts/" + memberId + "/mfa").bearerAuth(otherAdmin));
        assertThat(otherCouncil.getStatus().getCode()).isEqualTo(404);
        var notAdmin = refusal(HttpRequest.DELETE("/api/accounts/" + memberId + "/mfa").bearerAuth(api().tokenFor("commissioner@coventry.demo")));
        assertThat(notAdmin.getStatus().getCode()).isEqualTo(403);
        var self = refusal(HttpRequest.DELETE("/api/accounts/" + userId("admin@bradford.demo") + "/mfa").bearerAuth(ownAdmin));
        assertThat(self.getStatus().getCode()).isIn(403, 409);
        assertThat(audited("MFA_RESET", member)).isZero();
        assertThat(Api.problemOf(refusal(login(member, null))).type()).isEqualTo(ProblemType.MFA_REQUIRED.urn());

        assertThat(api().exchange(HttpRequest.DELETE("/api/accounts/" + memberId + "/mfa").bearerAuth(ownAdmin), String.class).code())
                .isEqualTo(204);

        assertThat(audited("MFA_RESET", member)).isEqualTo(1);
        assertThat(number("select count(*) from recovery_code where user_id = ?", memberId)).isZero();
        String token = signIn(member, null);
        assertThat(me(token).mfaEnrolled()).isFalse();
        assertThat(refusal(HttpRequest.DELETE("/api/accounts/" + memberId + "/mfa").bearerAuth(ownAdmin)).getStatus().getCode())
                .as("nothing left to clear").isEqualTo(409);
    }

    @Test
    void the_same_code_or_recovery_code_sent_by_many_at_once_signs_in_exactly_once() throws Exception {
        String username = "admin@bridgend.demo";
        Enrolled enrolled = enrol(username);
        clock.advance(Duration.ofSeconds(30));

        assertThat(race(username, code(enrolled.secret()))).as("sign-ins with one one-time code").isEqualTo(1);
        execute("update app_user set failed_logins = 0 where username = ?", username);
        // the first race's three failures may have been counted after its success cleared the counters
        execute("delete from sign_in_throttle where starts_with(key, ?)", "account:" + username);
        assertThat(race(username, enrolled.recoveryCodes().getLast())).as("sign-ins with one recovery code").isEqualTo(1);
        assertThat(audited("MFA_RECOVERY_CODE_USED", username)).isEqualTo(1);
    }

    /** Four sign-ins with the same code at the same moment (three failures lock nobody); how many were let in. */
    private int race(String username, String code) throws Exception {
        var start = new CountDownLatch(1);
        var signedIn = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> racers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racers.add(pool.submit(() -> {
                    start.await();
                    try {
                        api().retrieve(login(username, code), AccessToken.class);
                        signedIn.incrementAndGet();
                    } catch (HttpClientResponseException refused) {
                        assertThat(Api.problemOf(refused).type()).isEqualTo(ProblemType.MFA_FAILED.urn());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get();
            }
        }
        return signedIn.get();
    }

    private Enrolled enrol(String username) {
        String token = signIn(username, null);
        MfaEnrolment enrolment = api().retrieve(HttpRequest.POST("/api/me/mfa", "").bearerAuth(token), MfaEnrolment.class);
        RecoveryCodes codes = api().retrieve(HttpRequest.POST("/api/me/mfa/confirmation", new OneTimeCode(code(enrolment.secret())))
                .bearerAuth(token), RecoveryCodes.class);
        return new Enrolled(enrolment.secret(), codes.codes());
    }

    private String code(String secret) {
        return Totp.codeAt(secret, clock.instant());
    }

    /** A code that is none of the three steps' around now. */
    private String otherCode(String secret) {
        List<String> near = List.of(Totp.codeAt(secret, clock.instant().minusSeconds(30)), code(secret),
                Totp.codeAt(secret, clock.instant().plusSeconds(30)));
        for (int n = 0; ; n++) {
            String candidate = "%06d".formatted(n);
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static MutableHttpRequest<Credentials> login(String username, String code) {
        return HttpRequest.POST("/login", new Credentials(username, Api.DEMO_PASSWORD, code));
    }

    private String signIn(String username, String code) {
        return api().retrieve(login(username, code), AccessToken.class).accessToken();
    }

    private Me me(String token) {
        return api().retrieve(HttpRequest.GET("/api/me").bearerAuth(token), Me.class);
    }

    private HttpClientResponseException refusal(MutableHttpRequest<?> request) {
        return api().refusal(request);
    }

    private UUID userId(String username) {
        return id("select id from app_user where username = ?", username);
    }

    private int audited(String action, String username) {
        return number("select count(*) from audit_event where action = ? and entity_type = 'app_user' and entity_id = ?", action, userId(username));
    }
}
