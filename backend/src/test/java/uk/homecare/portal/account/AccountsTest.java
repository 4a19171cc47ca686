package uk.homecare.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.account.AccountsApi.PASSWORD;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.AccountAction;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.account.InvitationAction;
import uk.homecare.portal.api.account.ResetRequested;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.notification.EmailOutbox;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Mailbox;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

/** Invitations, passwords, resets and account administration over real HTTP, with e-mails to a real SMTP server. */
@MicronautTest(transactional = false)
class AccountsTest extends PortalTest {

    private static final String COVENTRY_ADMIN = "admin@coventry.demo";

    private final Mailbox mailbox = new Mailbox();
    private AccountsApi accounts;

    @Inject
    EmailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(mailbox.properties());
        return properties;
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }

    private AccountsApi accounts() {
        if (accounts == null) {
            accounts = new AccountsApi(api());
        }
        return accounts;
    }

    private String admin() {
        return accounts().signIn(COVENTRY_ADMIN, Api.DEMO_PASSWORD);
    }

    private String invited(String email, Role role) {
        accounts().invite(admin(), email, role, null, null, null);
        return mailbox.tokenSentTo(outbox, clock.instant(), email);
    }

    private UUID coventry() {
        return id("select id from council where code = 'coventry'");
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        String token = invited("late.starter@coventry.gov.uk", Role.COMMISSIONER);
        clock.advance(Duration.ofDays(7).plusSeconds(1));

        HttpClientResponseException refused = api().refusal(AccountsApi.accept(token, PASSWORD));

        assertThat(refused.code()).isEqualTo(404);
        assertThat(number("select count(*) from app_user where username = 'late.starter@coventry.gov.uk'")).isZero();
        assertThat(api().refusal(HttpRequest.GET("/api/invitation").header("Invitation-Token", token)).code()).isEqualTo(404);
    }

    @Test
    void an_invitation_works_once() {
        String token = invited("once@coventry.gov.uk", Role.COMMISSIONER);

        assertThat(accounts().accepted(token).username()).isEqualTo("once@coventry.gov.uk");
        assertThat(api().refusal(AccountsApi.accept(token, "another long password here")).code()).isEqualTo(404);
        assertThat(accounts().signIn("once@coventry.gov.uk", PASSWORD)).isNotBlank();
    }

    @Test
    void two_racing_acceptances_make_one_account() throws Exception {
        String token = invited("racer@coventry.gov.uk", Role.CARER);
        List<Integer> codes = Race.of(2, i -> Race.status(() -> api().exchange(AccountsApi.accept(token, PASSWORD), String.class)));

        assertThat(codes).containsExactlyInAnyOrder(200, 404);
        assertThat(number("select count(*) from app_user where username = 'racer@coventry.gov.uk'")).isOne();
    }

    @Test
    void a_short_or_common_password_is_refused_naming_the_field_and_the_link_still_works() {
        String token = invited("careful@coventry.gov.uk", Role.COMMISSIONER);

        Problem tooShort = Api.problemOf(api().refusal(AccountsApi.accept(token, "short pass")));
        Problem common = Api.problemOf(api().refusal(AccountsApi.accept(token, "QWERTYUIOPASDFGHJKL")));

        assertThat(tooShort.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("password");
            assertThat(error.message()).contains("at least 12 characters");
        });
        assertThat(common.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("password");
            assertThat(error.message()).contains("too common");
        });
        assertThat(accounts().accepted(token).username()).isEqualTo("careful@coventry.gov.uk");
    }

    @Test
    void inviting_an_address_again_replaces_its_pending_invitation_and_a_revoked_one_stops_working() {
        String first = invited("twice@coventry.gov.uk", Role.COMMISSIONER);
        String second = invited("twice@coventry.gov.uk", Role.ADMIN);

        assertThat(api().refusal(HttpRequest.GET("/api/invitation").header("Invitation-Token", first)).code()).isEqualTo(404);
        AccountList list = api().retrieve(HttpRequest.GET("/api/accounts").bearerAuth(admin()), AccountList.class);
        var pending = list.invitations().stream().filter(i -> i.email().equals("twice@coventry.gov.uk")).toList();
        assertThat(pending).singleElement().satisfies(invitation -> {
            assertThat(invitation.role()).isEqualTo(Role.ADMIN);
            assertThat(invitation.actions()).containsExactly(InvitationAction.REVOKE);
        });

        api().exchange(HttpRequest.DELETE("/api/invitations/" + pending.getFirst().id()).bearerAuth(admin()), String.class);

        assertThat(api().refusal(AccountsApi.accept(second, PASSWORD)).code()).isEqualTo(404);
        assertThat(auditCount("INVITATION_REVOKED")).isOne();
    }

    @Test
    void an_admin_invites_only_into_their_own_council() {
        String bradfordAdmin = accounts().signIn("admin@bradford.demo", Api.DEMO_PASSWORD);
        UUID coventryPerson = id("select person_id from app_user where username = 'person@coventry.demo'");
        UUID coventryProvider = id("select organisation_id from app_user where username = 'provider@coventry.demo'");
        int before = number("select count(*) from invitation");

        int intoCoventry = api().refusal(accounts().invitation(bradfordAdmin, "x@coventry.gov.uk", Role.COMMISSIONER, coventry(), null, null)).code();
        Problem person = Api.problemOf(api().refusal(accounts().invitation(bradfordAdmin, "y@example.org", Role.SERVICE_USER, null, null, coventryPerson)));
        Problem platform = Api.problemOf(api().refusal(accounts().invitation(bradfordAdmin, "z@example.org", Role.PLATFORM_ADMIN, null, null, null)));

        assertThat(intoCoventry).isEqualTo(403);
        assertThat(person.errors()).extracting(Problem.FieldError::field).containsExactly("personId");
        assertThat(platform.status()).isEqualTo(403);
        assertThat(number("select count(*) from invitation")).isEqualTo(before);

        // Coventry's own admin may invite the first staff of a provider registered with Coventry, and Coventry's people.
        accounts().invite(admin(), "manager@provider.example", Role.PROVIDER_ADMIN, null, coventryProvider, null);
        String personToken = mailbox.tokenSentTo(outbox, clock.instant(), "manager@provider.example");
        assertThat(accounts().accepted(personToken).username()).isEqualTo("manager@provider.example");
        Me manager = api().retrieve(HttpRequest.GET("/api/me").bearerAuth(accounts().signIn("manager@provider.example", PASSWORD)), Me.class);
        assertThat(manager.role()).isEqualTo(Role.PROVIDER_ADMIN);
        assertThat(manager.organisation().id()).isEqualTo(coventryProvider);
    }

    @Test
    void a_provider_whose_contract_with_the_council_has_ended_gets_no_new_staff_from_it() {
        UUID coventryProvider = id("select organisation_id from app_user where username = 'provider@coventry.demo'");
        execute("update organisation_council set until = ? where organisation_id = ? and council_id = ?", clock.today(), coventryProvider, coventry());
        int before = number("select count(*) from invitation");

        Problem refused = Api.problemOf(api().refusal(accounts().invitation(admin(), "late@provider.example", Role.PROVIDER, null, coventryProvider, null)));

        execute("update organisation_council set until = null where organisation_id = ? and council_id = ?", coventryProvider, coventry());
        assertThat(refused.errors()).extracting(Problem.FieldError::field).containsExactly("organisationId");
        assertThat(number("select count(*) from invitation")).isEqualTo(before);
    }

    @Test
    void a_provider_admin_invites_only_into_their_own_organisation() {
        String providerAdmin = accounts().signIn("provider-admin@coventry.demo", Api.DEMO_PASSWORD);
        UUID bradfordProvider = id("select organisation_id from app_user where username = 'provider@bradford.demo'");
        UUID own = id("select organisation_id from app_user where username = 'provider-admin@coventry.demo'");

        int other = api().refusal(accounts().invitation(providerAdmin, "carer.one@provider.example", Role.PROVIDER, null, bradfordProvider, null)).code();
        int commissioner = api().refusal(accounts().invitation(providerAdmin, "c@provider.example", Role.COMMISSIONER, null, null, null)).code();

        assertThat(other).isEqualTo(403);
        assertThat(commissioner).isEqualTo(403);
        accounts().invite(providerAdmin, "care.worker@provider.example", Role.PROVIDER, null, null, null);
        assertThat(number("select count(*) from invitation where email = 'care.worker@provider.example' and organisation_id = ?", own)).isOne();
        AccountList list = api().retrieve(HttpRequest.GET("/api/accounts").bearerAuth(providerAdmin), AccountList.class);
        assertThat(list.invitableRoles()).containsExactly(Role.PROVIDER_ADMIN, Role.PROVIDER);
        assertThat(list.accounts()).allSatisfy(account -> assertThat(account.organisation().id()).isEqualTo(own));
    }

    @Test
    void deactivating_a_signed_in_user_refuses_their_token_on_the_next_request() {
        String token = invited("leaver@coventry.gov.uk", Role.COMMISSIONER);
        UUID id = accountId(accounts().accepted(token).username());
        String leaver = accounts().signIn("leaver@coventry.gov.uk", PASSWORD);
        assertThat(api().exchange(HttpRequest.GET("/api/me").bearerAuth(leaver), String.class).code()).isEqualTo(200);

        Account deactivated = api().retrieve(HttpRequest.POST("/api/accounts/" + id + "/deactivate", "").bearerAuth(admin()), Account.class);

        assertThat(deactivated.enabled()).isFalse();
        assertThat(deactivated.actions()).containsExactly(AccountAction.REACTIVATE);
        HttpClientResponseException refused = api().refusal(HttpRequest.GET("/api/me").bearerAuth(leaver));
        assertThat(refused.code()).isEqualTo(401);
        assertThat(Api.problemOf(refused).detail()).contains("This sign-in has ended");
        assertThat(api().refusal(HttpRequest.POST("/login", Map.of("username", "leaver@coventry.gov.uk", "password", PASSWORD))).code())
                .isEqualTo(401);

        api().retrieve(HttpRequest.POST("/api/accounts/" + id + "/reactivate", "").bearerAuth(admin()), Account.class);
        assertThat(api().refusal(HttpRequest.GET("/api/me").bearerAuth(leaver)).code()).as("the old token stays refused").isEqualTo(401);
        assertThat(accounts().signIn("leaver@coventry.gov.uk", PASSWORD)).isNotBlank();
        assertThat(auditCount("ACCOUNT_DEACTIVATED")).isOne();
        assertThat(auditCount("ACCOUNT_REACTIVATED")).isOne();
    }

    @Test
    void a_changed_role_takes_effect_on_the_next_request() {
        String token = invited("promoted@coventry.gov.uk", Role.COMMISSIONER);
        UUID id = accountId(accounts().accepted(token).username());
        String before = accounts().signIn("promoted@coventry.gov.uk", PASSWORD);
        AccountList list = api().retrieve(HttpRequest.GET("/api/accounts").bearerAuth(admin()), AccountList.class);
        Account listed = list.accounts().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        assertThat(listed.actions()).containsExactly(AccountAction.DEACTIVATE, AccountAction.CHANGE_ROLE);
        assertThat(listed.rolesItMayTake()).containsExactly(Role.ADMIN);

        Account changed = api().retrieve(HttpRequest.PUT("/api/accounts/" + id + "/role", Map.of("role", "ADMIN")).bearerAuth(admin()),
                Account.class);

        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(api().refusal(HttpRequest.GET("/api/people").bearerAuth(before)).code()).isEqualTo(401);
        Me after = api().retrieve(HttpRequest.GET("/api/me").bearerAuth(accounts().signIn("promoted@coventry.gov.uk", PASSWORD)), Me.class);
        assertThat(after.role()).isEqualTo(Role.ADMIN);
        assertThat(api().refusal(HttpRequest.PUT("/api/accounts/" + id + "/role", Map.of("role", "PLATFORM_ADMIN")).bearerAuth(admin()))
                .code()).isEqualTo(400);
        assertThat(auditCount("ROLE_CHANGED")).isOne();
    }

    @Test
    void the_last_administrator_of_a_council_cannot_be_deactivated_or_demoted() {
        String bridgendAdmin = accounts().signIn("admin@bridgend.demo", Api.DEMO_PASSWORD);
        UUID self = accountId("admin@bridgend.demo");
        AccountList list = api().retrieve(HttpRequest.GET("/api/accounts").bearerAuth(bridgendAdmin), AccountList.class);
        assertThat(list.accounts().stream().filter(a -> a.id().equals(self)).findFirst().orElseThrow().actions()).isEmpty();

        assertThat(api().refusal(HttpRequest.POST("/api/accounts/" + self + "/deactivate", "").bearerAuth(bridgendAdmin)).code()).isEqualTo(409);
        assertThat(api().refusal(HttpRequest.PUT("/api/accounts/" + self + "/role", Map.of("role", "COMMISSIONER")).bearerAuth(bridgendAdmin))
                .code()).isEqualTo(409);
        assertThat(api().retrieve(HttpRequest.GET("/api/me").bearerAuth(bridgendAdmin), Me.class).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void another_councils_admin_finds_none_of_coventrys_accounts() {
        String bradfordAdmin = accounts().signIn("admin@bradford.demo", Api.DEMO_PASSWORD);
        UUID coventryCommissioner = accountId("commissioner@coventry.demo");

        assertThat(api().refusal(HttpRequest.POST("/api/accounts/" + coventryCommissioner + "/deactivate", "").bearerAuth(bradfordAdmin))
                .code()).isEqualTo(404);
        AccountList list = api().retrieve(HttpRequest.GET("/api/accounts").bearerAuth(bradfordAdmin), AccountList.class);
        assertThat(list.accounts()).isNotEmpty().allSatisfy(account -> assertThat(account.council().name()).containsIgnoringCase("Bradford"));
    }

    @Test
    void a_disabled_partner_client_is_refused_on_its_next_request() {
        String partner = api().newPartnerToken();
        assertThat(api().exchange(HttpRequest.GET("/api/chc/events").bearerAuth(partner), String.class).code()).isEqualTo(200);

        execute("update api_client set enabled = false where client_id = ?", Api.PARTNER_CLIENT);
        try {
            assertThat(api().refusal(HttpRequest.GET("/api/chc/events").bearerAuth(partner)).code()).isEqualTo(401);
        } finally {
            execute("update api_client set enabled = true where client_id = ?", Api.PARTNER_CLIENT);
        }
    }

    @Test
    void a_password_reset_answers_the_same_for_an_unknown_address_and_sends_nothing() {
        int mails = mailbox.received(outbox, clock.instant());
        int events = number("select count(*) from audit_event");

        var unknown = api().exchange(HttpRequest.POST("/api/password-resets", Map.of("email", "nobody@nowhere.example")), ResetRequested.class);
        var known = api().exchange(HttpRequest.POST("/api/password-resets", Map.of("email", "Commissioner@Bradford.demo")), ResetRequested.class);

        assertThat(unknown.code()).isEqualTo(202).isEqualTo(known.code());
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(mailbox.received(outbox, clock.instant())).isEqualTo(mails + 1);
        assertThat(mailbox.tokensSentTo(outbox, clock.instant(), "nobody@nowhere.example")).isEmpty();
        assertThat(number("select count(*) from audit_event")).isEqualTo(events + 1);
        assertThat(auditCount("PASSWORD_RESET_REQUESTED")).isOne();
    }

    @Test
    void a_reset_link_sets_a_new_password_once_unlocks_the_account_and_ends_its_sessions() {
        String user = "carer@bradford.demo";
        String before = accounts().signIn(user, Api.DEMO_PASSWORD);
        for (int i = 0; i < 5; i++) {
            api().refusal(HttpRequest.POST("/login", Map.of("username", user, "password", "not the password at all")));
        }
        assertThat(api().refusal(HttpRequest.POST("/login", Map.of("username", user, "password", Api.DEMO_PASSWORD))).code()).isEqualTo(429);

        api().exchange(HttpRequest.POST("/api/password-resets", Map.of("email", user)), String.class);
        String token = mailbox.tokenSentTo(outbox, clock.instant(), user);
        assertThat(Api.problemOf(api().refusal(HttpRequest.POST("/api/password-resets/new-password", Map.of("token", token, "password", "password1234"))))
                .errors()).extracting(Problem.FieldError::field).containsExactly("password");

        assertThat(api().exchange(HttpRequest.POST("/api/password-resets/new-password", Map.of("token", token, "password", PASSWORD)), String.class)
                .code()).isEqualTo(204);

        assertThat(api().refusal(HttpRequest.POST("/api/password-resets/new-password", Map.of("token", token, "password", PASSWORD + " again")))
                .code()).isEqualTo(404);
        assertThat(api().refusal(HttpRequest.GET("/api/me").bearerAuth(before)).code()).isEqualTo(401);
        assertThat(accounts().signIn(user, PASSWORD)).isNotBlank();
        assertThat(auditCount("PASSWORD_RESET")).isOne();
    }

    @Test
    void a_reset_link_expires_after_an_hour() {
        String user = "person@bridgend.demo";
        api().exchange(HttpRequest.POST("/api/password-resets", Map.of("email", user)), String.class);
        String token = mailbox.tokenSentTo(outbox, clock.instant(), user);
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(api().refusal(HttpRequest.POST("/api/password-resets/new-password", Map.of("token", token, "password", PASSWORD))).code())
                .isEqualTo(404);
        assertThat(accounts().signIn(user, Api.DEMO_PASSWORD)).isNotBlank();
    }

    /**
     * The check every request with a token makes (identity.CurrentAccounts) is one look-up by primary key. Measured here
     * as the application's pool would run it (a prepared statement as portal_app), and logged.
     */
    @Test
    void the_check_on_every_request_is_one_look_up_by_primary_key() throws Exception {
        UUID someone = accountId(COVENTRY_ADMIN);
        try (var db = connectDirectly(); var setup = db.createStatement()) {
            setup.execute("set role portal_app");
            setup.execute("set enable_seqscan = off");
            List<String> plan = new ArrayList<>();
            try (var explain = db.prepareStatement("explain select enabled, role, session_version from app_user where id = ?")) {
                explain.setObject(1, someone);
                try (var rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
            }
            assertThat(String.join("\n", plan)).contains("Index Scan using app_user_pkey");
            setup.execute("reset enable_seqscan");
            try (var check = db.prepareStatement("select enabled, role, session_version from app_user where id = ?")) {
                int runs = 2_000;
                long started = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    check.setObject(1, someone);
                    try (var rows = check.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                    }
                }
                long micros = (System.nanoTime() - started) / 1_000 / runs;
                LoggerFactory.getLogger(AccountsTest.class).info("The per-request account check: {} µs a request (mean of {}, over a local connection)",
                        micros, runs);
            }
        }
    }

    private UUID accountId(String username) {
        return id("select id from app_user where username = ?", username);
    }

    private int auditCount(String action) {
        return number("select count(*) from audit_event where action = ?", action);
    }
}
