package uk.homecare.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.InvitationDetails;
import uk.homecare.portal.api.account.NewAccount;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.notification.EmailOutbox;
import uk.homecare.portal.testing.Mailbox;
import uk.homecare.portal.testing.PortalTest;

/**
 * A council's IT team goes live on an empty database: the one-time bootstrap makes the first platform administrator,
 * who creates a council and invites its administrator, who invites the council's staff. No SQL by hand.
 */
@MicronautTest(transactional = false)
class GoingLiveTest extends PortalTest {

    private static final String PASSWORD = "a long walk by the river severn";
    private static final Pattern LINK = Pattern.compile("http://localhost:8081/invitation\\?token=([A-Za-z0-9_-]{43})");

    private final Mailbox mailbox = new Mailbox();
    private final Map<String, Object> database = new HashMap<>();

    @Inject
    EmailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-data", "false");
        properties.putAll(mailbox.properties());
        database.putAll(properties);
        return properties;
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }

    private record Run(int exitCode, String out, String err) {}

    private Run adminCreate(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = AdminCommand.run(args, new String[] {"test"}, database, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_council_goes_live_from_an_empty_database_through_the_bootstrap_and_invitations() {
        assertThat(number("select count(*) from app_user")).isZero();
        assertThat(adminCreate("admin", "create").exitCode()).as("no e-mail address").isEqualTo(AdminCommand.USAGE);

        Run bootstrap = adminCreate("admin", "create", "--email", "Ops@Example.org");

        assertThat(bootstrap.exitCode()).as(bootstrap.err()).isZero();
        Matcher link = LINK.matcher(bootstrap.out());
        assertThat(link.find()).as(bootstrap.out()).isTrue();
        InvitationDetails details = api().retrieve(HttpRequest.GET("/api/invitation").header("Invitation-Token", link.group(1)), InvitationDetails.class);
        assertThat(details.role()).isEqualTo(Role.PLATFORM_ADMIN);
        assertThat(details.email()).isEqualTo("ops@example.org");
        assertThat(api().retrieve(HttpRequest.POST("/api/invitation", Map.of("token", link.group(1), "password", PASSWORD)),
                NewAccount.class).username()).isEqualTo("ops@example.org");

        Run again = adminCreate("admin", "create", "--email", "someone.else@example.org");
        assertThat(again.exitCode()).isEqualTo(AdminCommand.REFUSED);
        assertThat(again.err()).contains("A platform administrator already exists");
        assertThat(number("select count(*) from app_user where role = 'PLATFORM_ADMIN'")).isOne();

        String platform = signIn("ops@example.org");
        Council newtown = api().retrieve(HttpRequest.POST("/api/councils", Map.of("name", "Newtown Borough Council", "code", "newtown",
                "odsCode", "E06000999", "nation", "ENGLAND", "language", "en")).bearerAuth(platform), Council.class);
        assertThat(api().retrieve(HttpRequest.GET("/api/councils").bearerAuth(platform), Argument.listOf(Council.class)))
                .extracting(Council::code).containsExactly("newtown");
        assertThat(number("select count(*) from organisation where kind = 'COUNCIL' and council_id = ? and ods_code = 'E06000999'",
                newtown.id())).isOne();

        api().retrieve(HttpRequest.POST("/api/invitations", Map.of("email", "Admin@Newtown.gov.uk", "displayName", "Nia Admin",
                "role", "ADMIN", "councilId", newtown.id())).bearerAuth(platform), String.class);
        String adminToken = mailbox.tokenSentTo(outbox, clock.instant(), "admin@newtown.gov.uk");
        InvitationDetails toAdmin = api().retrieve(HttpRequest.GET("/api/invitation").header("Invitation-Token", adminToken), InvitationDetails.class);
        assertThat(toAdmin.invitedBy()).isEqualTo("Platform administrator");
        assertThat(toAdmin.organisation()).isEqualTo("Newtown Borough Council");
        api().retrieve(HttpRequest.POST("/api/invitation", Map.of("token", adminToken, "password", PASSWORD)), NewAccount.class);

        String admin = signIn("admin@newtown.gov.uk");
        Me me = api().retrieve(HttpRequest.GET("/api/me").bearerAuth(admin), Me.class);
        assertThat(me.role()).isEqualTo(Role.ADMIN);
        assertThat(me.council().id()).isEqualTo(newtown.id());

        api().retrieve(HttpRequest.POST("/api/invitations", Map.of("email", "commissioner@newtown.gov.uk", "displayName", "Cai Commissioner",
                "role", "COMMISSIONER")).bearerAuth(admin), String.class);
        String commissionerToken = mailbox.tokenSentTo(outbox, clock.instant(), "commissioner@newtown.gov.uk");
        api().retrieve(HttpRequest.POST("/api/invitation", Map.of("token", commissionerToken, "password", PASSWORD)), NewAccount.class);
        assertThat(api().retrieve(HttpRequest.GET("/api/me").bearerAuth(signIn("commissioner@newtown.gov.uk")), Me.class).role())
                .isEqualTo(Role.COMMISSIONER);

        assertThat(actions()).containsExactlyInAnyOrder("PLATFORM_ADMIN_BOOTSTRAPPED", "INVITATION_ACCEPTED", "COUNCIL_CREATED",
                "INVITATION_SENT", "INVITATION_ACCEPTED", "INVITATION_SENT", "INVITATION_ACCEPTED");
    }

    private String signIn(String username) {
        return api().retrieve(HttpRequest.POST("/login", new Credentials(username, PASSWORD)), AccessToken.class).accessToken();
    }

    private List<String> actions() {
        List<String> actions = new java.util.ArrayList<>();
        try (var db = connectDirectly(); var rows = db.createStatement().executeQuery("select action from audit_event order by id")) {
            while (rows.next()) {
                actions.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }
}
