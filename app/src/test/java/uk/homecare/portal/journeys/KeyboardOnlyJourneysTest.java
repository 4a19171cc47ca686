package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal with the keyboard alone: the first Tab on any page reaches "Skip to main content", which
 * takes the focus past the header and navigation to the view; Log out is never reached before it; and a
 * grid's row opens with Enter as well as Space.
 */
@MicronautTest(transactional = false)
class KeyboardOnlyJourneysTest extends BrowserTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"commissioner@coventry.demo", "provider@coventry.demo", "person@coventry.demo",
            "carer@coventry.demo", "admin@coventry.demo", "provider-admin@coventry.demo", "platform@homecare.demo"})
    void the_first_tab_reaches_the_skip_link_and_enter_on_it_moves_the_focus_to_the_view(String username) {
        signIn(username);
        page.navigate(ui.url());
        assertThat(page.locator("#current-user")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).hasText("Skip to main content");
        assertThat(page.locator("#skip-link")).isInViewport();

        page.keyboard().press("Enter");
        Object focusIsInTheView = page.evaluate("() => { const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                + " return main !== null && (main === document.activeElement || main.contains(document.activeElement)); }");
        assertThat(focusIsInTheView).as("the focus is on the view after the skip link").isEqualTo(true);
    }

    @Test
    void a_provider_opens_an_offer_with_enter() {
        signIn("provider@coventry.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offers")).click();
        assertThat(page.locator("#offers-grid vaadin-grid-cell-content").first()).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        tabToFirstRowOf("offers-grid");
        page.keyboard().press("Enter");
        assertThat(page.locator("#offer")).isVisible();
    }

    @Test
    void a_commissioner_opens_a_package_with_enter() {
        signIn("commissioner@coventry.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Care packages")).click();
        assertThat(page.locator("#packages-grid vaadin-grid-cell-content").first()).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        tabToFirstRowOf("packages-grid");
        page.keyboard().press("Enter");
        assertThat(page.locator("#package")).isVisible();
    }

    @Test
    void a_dialog_takes_the_focus_escape_closes_it_and_the_focus_goes_back_to_what_opened_it() {
        String signedIn = null;
        for (DialogOpener dialog : DIALOGS) {
            if (!dialog.username().equals(signedIn)) {
                page.context().clearCookies();
                signIn(dialog.username());
                signedIn = dialog.username();
            }
            var opener = openWithTheKeyboard(dialog);
            assertThat(focusIsInside(dialog.dialog())).as("the focus is in #%s once it opens", dialog.dialog()).isTrue();

            page.keyboard().press("Escape");
            page.waitForFunction("id => document.getElementById(id)?.opened !== true", dialog.dialog());
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(300);
            Object backOnTheOpener = opener.evaluate("button => { let active = document.activeElement;"
                    + " while (active && active.shadowRoot && active.shadowRoot.activeElement) {"
                    + " if (active === button) break; active = active.shadowRoot.activeElement; }"
                    + " return active === button || button.contains(active); }");
            assertThat(backOnTheOpener).as("the focus is back on what opened #%s after Escape", dialog.dialog()).isEqualTo(true);
        }
    }

    /** Presses Tab, and nothing else, until the focus is on a cell of the grid's body. */
    private void tabToFirstRowOf(String gridId) {
        for (int presses = 0; presses < 80; presses++) {
            page.keyboard().press("Tab");
            Object onABodyCell = page.evaluate("id => { const grid = document.getElementById(id);"
                    + " const cell = grid && grid.shadowRoot.activeElement;"
                    + " return document.activeElement === grid && cell !== null && cell.localName === 'td'"
                    + " && (cell.getAttribute('part') || '').includes('body-cell'); }", gridId);
            if (Boolean.TRUE.equals(onABodyCell)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached a row of #" + gridId);
    }
}
