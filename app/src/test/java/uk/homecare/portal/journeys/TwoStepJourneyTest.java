package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.identity.Totp;

/**
 * Two-step verification at a real browser: a commissioner sets it up, reading the secret off the page as they
 * would type it into an authenticator app (the test computes the app's codes from it on the portal's clock),
 * saves the recovery codes, signs out, and signs in again with a code.
 */
@MicronautTest
class TwoStepJourneyTest extends BrowserTest {

    @Test
    void a_commissioner_sets_up_two_step_verification_and_signs_in_again_with_a_code_from_the_app() {
        String username = "commissioner@herefordshire.demo";
        signIn(username);

        page.locator("#nav-two-step-verification").click();
        page.locator("#two-step-start").click();
        Locator secretShown = page.locator("#two-step-secret");
        assertThat(secretShown).isVisible();
        String secret = secretShown.innerText().replace(" ", "");
        assertThat(page.locator("#two-step-link")).hasAttribute("href", java.util.regex.Pattern.compile("^otpauth://totp/"));
        screenshot("two-step-secret");

        Locator confirmCode = page.locator("#two-step-confirm-code input");
        assertThat(confirmCode).hasAttribute("autocomplete", "one-time-code");
        assertThat(confirmCode).hasAttribute("inputmode", "numeric");
        confirmCode.fill(Totp.codeAt(secret, clock.instant()));
        confirmCode.press("Enter");

        assertThat(page.locator("#two-step-codes li")).hasCount(10);
        assertThat(page.locator("#two-step-codes-save")).containsText("shown only this once");
        screenshot("two-step-recovery-codes");
        page.locator("#two-step-continue").click();
        assertThat(page.locator("#two-step-on")).isVisible();

        page.locator("#logout").click();
        assertThat(page.locator("#login-form")).isVisible();
        clock.advance(Duration.ofSeconds(30));

        textbox("Username").fill(username);
        textbox("Password").fill("demo-password-2026");
        textbox("Password").press("Enter");
        Locator code = page.locator("#login-code input");
        assertThat(code).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(code).hasAttribute("autocomplete", "one-time-code");
        assertThat(code).hasAttribute("inputmode", "numeric");
        screenshot("two-step-sign-in");
        code.fill(Totp.codeAt(secret, clock.instant()));
        code.press("Enter");

        assertThat(page.locator("#current-user")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#home")).containsText("Welcome");
    }
}
