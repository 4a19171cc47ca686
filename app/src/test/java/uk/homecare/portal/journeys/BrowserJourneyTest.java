package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** A person at a real browser: headless Chromium against the portal's UI and API. */
@MicronautTest
class BrowserJourneyTest extends BrowserTest {

    @Test
    void a_commissioner_signs_in_sees_their_council_and_works_with_zones_by_keyboard() {
        signIn("commissioner@coventry.demo");

        assertThat(page.locator("#current-user")).containsText("Coventry City Council");
        assertThat(page.locator("#home")).containsText("Welcome");
        screenshot("home-commissioner");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zones")).click();
        assertThat(page.locator("#zones-grid")).containsText("Central");
        screenshot("zones");

        page.locator("#zone-new").click();
        textbox("Code").fill("CENTRAL");
        textbox("Name").fill("A second Central");
        page.getByLabel("Kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Urban")).click();
        textbox("Name").press("Enter");

        assertThat(page.locator("#zone-code")).containsText("Another zone of your council already has this code.");
        screenshot("zone-refused");

        page.locator("#logout").click();
        assertThat(page.locator("#login-form")).isVisible();
    }

    @Test
    void a_wrong_password_is_told_plainly_and_nobody_is_signed_in() {
        page.navigate(ui.url());
        textbox("Username").fill("commissioner@bradford.demo");
        textbox("Password").fill("not-the-password");
        textbox("Password").press("Enter");

        assertThat(page.locator("#login-form")).containsText("Wrong username or password");
        screenshot("login-refused");
    }

    @Test
    void a_carer_sees_whom_they_act_for_and_no_commissioning_pages() {
        signIn("carer@bridgend.demo");

        // Bridgend's carer reads the portal in Welsh, the language of their account, and can switch.
        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        assertThat(page.locator("#home")).containsText("Pobl rydych yn gweithredu ar eu rhan");
        page.locator("#language-switch").click();
        assertThat(page.locator("#home")).containsText("People you act for");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zones"))).hasCount(0);
        screenshot("home-carer");

        page.navigate(ui.url() + "zones");
        assertThat(page.locator("#access-denied")).isVisible();
    }
}
