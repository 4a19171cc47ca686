package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.ui.server.UiServer;

/** What every browser journey needs: headless Chromium against the portal's UI, a fresh page per test, and signing in. */
abstract class BrowserTest extends PortalTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    UiServer ui;

    Playwright playwright;
    Browser browser;
    Page page;

    @BeforeAll
    void launchBrowser() {
        // A loaded CI machine can take longer than Playwright's default 5 s to draw the market's charts.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** What the browser refused under the UI's content security policy: it must refuse nothing the UI needs. */
    final List<String> refusedByThePolicy = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)).newPage();
        page.setDefaultTimeout(30_000);
        refusedByThePolicy.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByThePolicy.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        page.context().close();
        org.assertj.core.api.Assertions.assertThat(refusedByThePolicy).as("what the content security policy blocked").isEmpty();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

    void signIn(String username) {
        page.navigate(ui.url());
        textbox("Username").fill(username);
        textbox("Password").fill("demo-password-2026");
        textbox("Password").press("Enter");
        // The first page of a cold portal can take a while on a busy two-core machine.
        assertThat(page.locator("#current-user")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The token of the invitation link last e-mailed to {@code address}, read from the outbox. */
    String tokenEmailedTo(String address) {
        Pattern link = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]{43})");
        try (var db = connectDirectly(); var query = db.prepareStatement("select body from email_outbox where to_address = ?")) {
            query.setString(1, address);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher matcher = link.matcher(rows.getString(1));
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("No invitation e-mailed to " + address);
    }
}
