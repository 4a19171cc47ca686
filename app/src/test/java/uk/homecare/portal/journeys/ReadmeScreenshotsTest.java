package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Clip;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Writes the README's pictures of what each role sees first: the home page of each role, in English for
 * Coventry and in Welsh for Bridgend, 1280 px wide and cut at 900 px, at one device pixel per CSS pixel so that
 * each file stays small. Runs only when asked, with the folder to write to:
 * {@code ./mvnw -B -ntp -o verify -pl contract,frontend,backend,app -am -Dtest=ReadmeScreenshotsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dportal.screenshots=docs/screenshots}
 * (a relative folder is taken from the project's root, where {@code mvnw} is).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "portal.screenshots", matches = ".+")
class ReadmeScreenshotsTest extends BrowserTest {

    static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    /** A picture larger than this makes the README slow to open; the test fails rather than write one. */
    static final long AT_MOST_BYTES = 150 * 1024;

    /** With the demo's packages, offers and hours, so that the home pages show what a working day looks like. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @BeforeEach
    void aSmallWindowAtOnePixelPerPixel() {
        page.context().close();
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT).setDeviceScaleFactor(1)).newPage();
        page.setDefaultTimeout(30_000);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "commissioner@coventry.demo, en", "provider@coventry.demo, en", "person@coventry.demo, en",
            "carer@coventry.demo, en", "admin@coventry.demo, en",
            "commissioner@bridgend.demo, cy", "provider@bridgend.demo, cy", "person@bridgend.demo, cy",
            "carer@bridgend.demo, cy", "admin@bridgend.demo, cy"})
    void the_home_page_each_role_sees_first_is_pictured(String username, String language) throws IOException {
        page.navigate(ui.url() + "login");
        page.locator("#login-form").waitFor();
        if (language.equals("cy") && page.locator("#login-language").getAttribute("lang").equals("cy")) {
            // Chosen before signing in, the language becomes the account's.
            page.locator("#login-language").click();
            assertThat(page.locator("html")).hasAttribute("lang", "cy");
        }
        page.locator("#login-form input[name='username']").fill(username);
        page.locator("#login-form input[name='password']").fill("demo-password-2026");
        page.locator("#login-form input[name='password']").press("Enter");
        assertThat(page.locator("#current-user")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("html")).hasAttribute("lang", language);
        settle();
        page.waitForTimeout(700);

        String role = username.substring(0, username.indexOf('@'));
        Path file = folder().resolve("home-" + role + "-" + language + ".png");
        Files.createDirectories(file.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setClip(new Clip(0, 0, WIDTH, HEIGHT)));
        org.assertj.core.api.Assertions.assertThat(Files.size(file)).as("the size of %s", file).isLessThanOrEqualTo(AT_MOST_BYTES);
    }

    /** The folder named by {@code portal.screenshots}; a relative one from the project's root. */
    private static Path folder() {
        Path named = Path.of(System.getProperty("portal.screenshots"));
        if (named.isAbsolute()) {
            return named;
        }
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        return root.resolve(named);
    }
}
