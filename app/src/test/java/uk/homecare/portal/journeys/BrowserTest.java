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
import com.microsoft.playwright.options.LoadState;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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

    /** Waits until the page has drawn what the server sent: no request under way, the layout on screen. */
    void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#logout").waitFor();
        page.waitForTimeout(300);
    }

    /** The ids of the grids the view now shows (not those of the header or the menu). */
    List<String> gridsInTheView() {
        return ((List<?>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-app-layout > :not([slot]) vaadin-grid[id]')]
                    .filter(grid => grid.checkVisibility()).map(grid => grid.id)""")).stream().map(String::valueOf).toList();
    }

    /** The first drawn row of a grid, and its cells' content (the light-DOM elements slotted into them). */
    private static final String FIRST_ROW = """
            const grid = document.getElementById(id);
            const row = grid && [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden && r._item);
            const contents = row ? [...row.querySelectorAll('td')].flatMap(td => [...td.querySelectorAll('slot')])
                .flatMap(slot => slot.assignedElements()) : [];
            """;

    /**
     * Opens, one at a time, what the first row of each grid on the view at {@code path} opens, and calls
     * {@code check} on each with a name for it: Enter on the row's first cell (the record's page, or the
     * details shown below the grid), then every link in that row (a person's record, their hours). Each
     * page or state is checked once, however many views lead to it ({@code seen}).
     */
    void openFirstRows(String path, Set<String> seen, Consumer<String> check) {
        page.navigate(ui.url() + path);
        settle();
        for (String grid : gridsInTheView()) {
            page.navigate(ui.url() + path);
            settle();
            try {
                page.waitForFunction("id => { " + FIRST_ROW + " return row !== undefined && row !== null; }", grid,
                        new Page.WaitForFunctionOptions().setTimeout(3_000));
            } catch (com.microsoft.playwright.TimeoutError empty) {
                continue;
            }
            List<String> links = ((List<?>) page.evaluate("id => { " + FIRST_ROW
                    + " return contents.flatMap(c => [...c.querySelectorAll('a[href]')]).filter(a => a.checkVisibility())"
                    + ".map(a => a.href); }", grid)).stream().map(String::valueOf).distinct().toList();
            Object focused = page.evaluate("id => { " + FIRST_ROW
                    + " const cell = [...row.querySelectorAll('td')].find(td => td.checkVisibility());"
                    + " cell.focus(); return grid.shadowRoot.activeElement === cell; }", grid);
            if (Boolean.TRUE.equals(focused)) {
                page.keyboard().press("Enter");
                try {
                    // a row that opens a record's page changes the address; one that shows details below does not
                    page.waitForURL(url -> !url.equals(ui.url() + path), new Page.WaitForURLOptions().setTimeout(2_000));
                } catch (com.microsoft.playwright.TimeoutError samePage) {
                    // the details are on the same page
                }
                settle();
                String opened = page.url().equals(ui.url() + path) ? path + "#" + grid + "-first-row" : page.url();
                if (seen.add(opened)) {
                    check.accept(opened.replace(ui.url(), ""));
                }
            }
            for (String link : links) {
                if (seen.add(link)) {
                    page.navigate(link);
                    settle();
                    check.accept(link.replace(ui.url(), ""));
                }
            }
        }
    }

    /** A dialog a view opens: who sees it, where, the control that opens it, and the dialog's id. */
    record DialogOpener(String username, String path, String opener, String dialog) {
    }

    /** Every dialog the views open, each from the first control that opens it. */
    static final List<DialogOpener> DIALOGS = List.of(
            new DialogOpener("commissioner@coventry.demo", "market/health", "#health-providers-grid vaadin-button", "contract-dialog"),
            new DialogOpener("person@coventry.demo", "hours", "vaadin-button[id^='booking-'][id$='-cancel']", "booking-cancel-dialog"),
            new DialogOpener("carer@bridgend.demo", "hours", "vaadin-button[id^='booking-'][id$='-cancel']", "booking-cancel-dialog"));

    /** Opens the dialog from the keyboard (the focus on its control, then Enter) and returns that control. */
    Locator openWithTheKeyboard(DialogOpener dialog) {
        page.navigate(ui.url() + dialog.path());
        settle();
        Locator opener = page.locator(dialog.opener()).first();
        opener.focus();
        page.keyboard().press("Enter");
        page.waitForFunction("id => document.getElementById(id)?.opened === true", dialog.dialog());
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(400);
        return opener;
    }

    /** Whether the focus is on something inside the dialog (its overlay included, wherever Vaadin draws it). */
    boolean focusIsInside(String dialogId) {
        return Boolean.TRUE.equals(page.evaluate("""
                id => {
                  const dialog = document.getElementById(id);
                  let node = document.activeElement;
                  while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
                  while (node) {
                    if (node === dialog || node.owner === dialog) return true;
                    node = node.assignedSlot || node.parentNode || node.host;
                  }
                  return false;
                }""", dialogId));
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
