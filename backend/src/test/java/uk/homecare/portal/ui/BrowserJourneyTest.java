package uk.homecare.portal.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.ui.server.UiServer;

/** A person at a real browser: headless Chromium against the portal's UI and API. */
@MicronautTest
class BrowserJourneyTest extends PortalTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    UiServer ui;

    Playwright playwright;
    Browser browser;
    Page page;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @BeforeEach
    void openPage() {
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)).newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

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

        assertThat(page.locator("#home")).containsText("People you act for");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zones"))).hasCount(0);
        screenshot("home-carer");

        page.navigate(ui.url() + "zones");
        assertThat(page.locator("#access-denied")).isVisible();
    }

    private void signIn(String username) {
        page.navigate(ui.url());
        textbox("Username").fill(username);
        textbox("Password").fill("demo-password-2026");
        textbox("Password").press("Enter");
        assertThat(page.locator("#current-user")).isVisible();
    }

    private Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
