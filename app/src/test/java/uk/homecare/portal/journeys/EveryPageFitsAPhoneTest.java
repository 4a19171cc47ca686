package uk.homecare.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page each role's navigation offers, on a 390 × 844 phone: nothing runs off the right of the screen (the
 * document does not scroll sideways, no visible element ends beyond the viewport, no grid cell or text is cut
 * off with an ellipsis), the header stays one line high and Log out stays on screen; also a record page or two
 * of the role's (a package with its bids and history, a person, an offer), and the menu opened, where the name
 * goes on a phone. A screenshot per page and role goes to target/screenshots/phone for a person to look at.
 */
@MicronautTest(transactional = false)
class EveryPageFitsAPhoneTest extends BrowserTest {

    /** With the demo's packages, offers, bids and hours, so that grids have rows with long texts in them. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final int HEADER_AT_MOST = 64;

    /** What does not fit, in words, for every visible element; empty when the page fits. */
    private static final String WHAT_DOES_NOT_FIT = """
            ([headerAtMost]) => {
              const width = document.documentElement.clientWidth;
              const found = [];
              const describe = el => {
                const id = el.id ? '#' + el.id : '';
                const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
                return el.localName + id + (text ? ' "' + text + '"' : '');
              };
              if (document.documentElement.scrollWidth > width) {
                found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
              }
              const layout = document.querySelector('vaadin-app-layout');
              const navbar = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part="navbar"]');
              if (navbar && navbar.getBoundingClientRect().height > headerAtMost) {
                found.push('the header is ' + Math.round(navbar.getBoundingClientRect().height) + ' px high');
              }
              const logout = document.getElementById('logout');
              if (logout && !(layout && layout.hasAttribute('drawer-opened') && layout.hasAttribute('overlay'))) {
                const box = logout.getBoundingClientRect();
                if (!logout.checkVisibility() || box.width === 0 || box.right > width || box.left < 0) {
                  found.push('Log out is not wholly on screen');
                }
              }
              const beyond = new Set();
              for (const el of document.body.querySelectorAll('*')) {
                if (['script', 'style', 'template'].includes(el.localName)) continue;
                if (el.closest('vaadin-app-layout > [slot="drawer"]') && layout && !layout.hasAttribute('drawer-opened')) continue;
                if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                if (box.right > width + 1) {
                  beyond.add(el);
                  // A child of what already runs off the screen says nothing new.
                  if (beyond.has(el.parentElement)) continue;
                  found.push(describe(el) + ' ends at ' + Math.round(box.right) + ' px');
                  continue;
                }
                const style = getComputedStyle(el);
                if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
                  found.push(describe(el) + ' is cut off');
                }
              }
              return found;
            }
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "commissioner@coventry.demo",
            "admin@bridgend.demo",
            "provider@bridgend.demo",
            "provider-admin@coventry.demo",
            "person@coventry.demo",
            "carer@bridgend.demo",
            "platform@homecare.demo"})
    void every_page_of_a_role_fits_a_390_px_phone_with_nothing_cut_off(String username) {
        signIn(username);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        List<String> paths = ((List<?>) page.locator("#main-nav vaadin-side-nav-item").evaluateAll(
                "items => items.map(item => item.getAttribute('path') ?? '')")).stream().map(String::valueOf).toList();
        assertThat(paths).as("the pages %s's navigation offers", username).isNotEmpty();

        String role = username.substring(0, username.indexOf('.'));
        List<String> problems = new ArrayList<>();
        List<String> pages = new ArrayList<>(paths);
        pages.addAll(recordsSeenBy(username));
        for (String path : pages) {
            page.navigate(ui.url() + path);
            settle();
            problems.addAll(whatDoesNotFit(role, path));
        }
        // What the first row of each list opens: a record's page, the details under the grid, the row's links.
        Set<String> seen = new HashSet<>();
        for (String path : paths) {
            openFirstRows(path, seen, opened -> problems.addAll(whatDoesNotFit(role, opened)));
        }
        // The name that leaves the header on a phone is at the top of the menu, and the open menu fits too.
        page.navigate(ui.url());
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("vaadin-drawer-toggle").click();
        page.locator("#current-user-menu").waitFor();
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(Path.of("phone", role, "menu.png"))));
        @SuppressWarnings("unchecked")
        List<Object> inTheMenu = (List<Object>) page.evaluate(WHAT_DOES_NOT_FIT, List.of(HEADER_AT_MOST));
        inTheMenu.forEach(what -> problems.add("the open menu: " + what));

        assertThat(problems).as("what does not fit a %d px phone for %s", PHONE_WIDTH, username).isEmpty();
    }

    /** What does not fit on the page as it is now, each named with {@code path}; a screenshot of it for a person to look at. */
    private List<String> whatDoesNotFit(String role, String path) {
        String name = path.isEmpty() ? "home" : path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "record").replaceAll("[^A-Za-z0-9-]+", "-");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(Path.of("phone", role, name + ".png"))));
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) page.evaluate(WHAT_DOES_NOT_FIT, List.of(HEADER_AT_MOST));
        return found.stream().map(what -> "/" + path + ": " + what).toList();
    }

    @Test
    void every_dialog_fits_a_390_px_phone() {
        List<String> problems = new ArrayList<>();
        String signedIn = null;
        for (DialogOpener dialog : DIALOGS) {
            if (!dialog.username().equals(signedIn)) {
                page.context().clearCookies();
                page.setViewportSize(1280, 860);
                signIn(dialog.username());
                page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
                signedIn = dialog.username();
            }
            openWithTheKeyboard(dialog);
            String role = dialog.username().substring(0, dialog.username().indexOf('.'));
            problems.addAll(whatDoesNotFit(role, dialog.path() + "#" + dialog.dialog()));
        }
        assertThat(problems).as("what does not fit a %d px phone in a dialog", PHONE_WIDTH).isEmpty();
    }

    /** A record page or two of the role's own: a package with the most offers and bids, a person, an offer answered. */
    private List<String> recordsSeenBy(String username) {
        List<String> records = new ArrayList<>();
        if (username.startsWith("commissioner@") || username.startsWith("admin@")) {
            UUID busiest = id("""
                    select p.id from care_package p join app_user u on u.council_id = p.council_id
                    left join offer o on o.package_id = p.id
                    where u.username = ? group by p.id order by count(o.id) desc, p.id limit 1""", username);
            UUID person = id("select p.id from person p join app_user u on u.council_id = p.council_id where u.username = ? order by p.id limit 1",
                    username);
            Stream.of(busiest == null ? null : "packages/" + busiest, person == null ? null : "people/" + person)
                    .filter(Objects::nonNull).forEach(records::add);
        }
        if (username.startsWith("provider@")) {
            UUID offer = id("""
                    select o.id from offer o join app_user u on u.organisation_id = o.provider_id
                    where u.username = ? order by o.response is null, o.offered_at desc limit 1""", username);
            if (offer != null) {
                records.add("offers/" + offer);
            }
        }
        return records;
    }
}
