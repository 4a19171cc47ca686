package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** An administrator invites a new member of staff, who opens the e-mailed link, sets a password and signs in. */
@MicronautTest
class AccountJourneyTest extends BrowserTest {


    @Test
    void an_invited_commissioner_sets_a_password_from_the_link_and_signs_in() {
        signIn("admin@coventry.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        assertThat(page.locator("#accounts-grid")).containsText("commissioner@coventry.demo");
        textbox("E-mail address").fill("new.starter@coventry.gov.uk");
        textbox("Name").fill("New Starter");
        page.getByLabel("Role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Commissioner").setExact(true)).click();
        page.locator("#invite-send").click();
        assertThat(page.locator("#invitations-grid")).containsText("new.starter@coventry.gov.uk");
        screenshot("accounts-invited");
        page.locator("#logout").click();
        assertThat(page.locator("#login-form")).isVisible();

        page.navigate(ui.url() + "invitation?token=" + tokenEmailedTo("new.starter@coventry.gov.uk"));
        assertThat(page.locator("#invitation-details")).containsText("as Commissioner at Coventry City Council");
        textbox("New password").fill("short");
        textbox("Type the new password again").fill("short");
        page.locator("#invitation-accept").click();
        assertThat(page.locator("#invitation-password")).containsText("at least 12 characters");
        textbox("New password").fill("a long walk by the river severn");
        textbox("Type the new password again").fill("a long walk by the river severn");
        page.locator("#invitation-accept").click();
        assertThat(page.locator("#invitation-outcome")).containsText("Your account is ready");
        screenshot("invitation-accepted");

        page.locator("#invitation-sign-in").click();
        textbox("Username").fill("new.starter@coventry.gov.uk");
        textbox("Password").fill("a long walk by the river severn");
        textbox("Password").press("Enter");
        assertThat(page.locator("#current-user")).containsText("New Starter");
    }
}
