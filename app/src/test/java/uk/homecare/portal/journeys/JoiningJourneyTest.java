package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Totp;

/**
 * Joining a council that requires two-step verification, at a real browser: the invitee opens the e-mailed link,
 * sets a password, is sent straight to set up two-step verification (the test computes the authenticator app's
 * codes from the secret on the page, on the portal's clock), and from then on signs in with a code.
 */
@MicronautTest
class JoiningJourneyTest extends BrowserTest {

    private static final String ADMIN = "admin@rotherham.demo";
    private static final String NEWCOMER = "joining.commissioner@rotherham.gov.uk";
    private static final String PASSWORD = "kettle lantern orchard pebble";

    @Test
    void an_invited_commissioner_accepts_sets_a_password_enrols_in_two_step_verification_and_signs_in_with_a_code() {
        requireTwoStepVerificationAtRotherham();
        api().exchange(api().as(ADMIN, HttpRequest.POST("/api/invitations",
                new InvitationForm(NEWCOMER, "Jo Ining", Role.COMMISSIONER, null, null, null))), String.class);

        page.navigate(ui.url() + "invitation?token=" + tokenEmailedTo(NEWCOMER));
        assertThat(page.locator("#invitation-details")).containsText("Commissioner");
        textbox("New password").fill(PASSWORD);
        textbox("Type the new password again").fill(PASSWORD);
        page.locator("#invitation-accept").click();
        assertThat(page.locator("#invitation-outcome")).containsText("Your account is ready");
        page.locator("#invitation-sign-in").click();
        signInWithPassword();

        // The council requires it, so the first sign-in leads straight to setting it up.
        page.locator("#two-step-start").click(new Locator.ClickOptions().setTimeout(60_000));
        String secret = page.locator("#two-step-secret").innerText().replace(" ", "");
        Locator confirmCode = page.locator("#two-step-confirm-code input");
        confirmCode.fill(Totp.codeAt(secret, clock.instant()));
        confirmCode.press("Enter");
        assertThat(page.locator("#two-step-codes li")).hasCount(10);
        screenshot("joining-recovery-codes");
        // "I have saved them: sign in again": the token was good for setting up only, so a new sign-in follows.
        page.locator("#two-step-continue").click();

        clock.advance(Duration.ofSeconds(30));
        assertThat(page.locator("#login-form")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        signInWithPassword();
        Locator code = page.locator("#login-code input");
        assertThat(code).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        code.fill(Totp.codeAt(secret, clock.instant()));
        code.press("Enter");

        assertThat(page.locator("#current-user")).containsText("Jo Ining", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#home")).containsText("Welcome");
        screenshot("joining-signed-in");
    }

    private void requireTwoStepVerificationAtRotherham() {
        CouncilSettings settings = api().retrieve(api().as(ADMIN, HttpRequest.GET("/api/council/settings")), CouncilSettings.class);
        api().exchange(api().as(ADMIN, HttpRequest.PUT("/api/council/settings", new CouncilSettings(settings.minVisitMinutes(),
                settings.primaryWindowMinutes(), settings.secondaryWindowMinutes(), settings.openWindowMinutes(),
                settings.openStageRule(), settings.handBackNoticeDays(), settings.language(), true, settings.emailSenderName(),
                settings.version()))), CouncilSettings.class);
    }

    private void signInWithPassword() {
        textbox("Username").fill(NEWCOMER);
        textbox("Password").fill(PASSWORD);
        textbox("Password").press("Enter");
    }
}
