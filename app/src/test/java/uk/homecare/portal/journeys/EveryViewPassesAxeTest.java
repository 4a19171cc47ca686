package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds nothing on any page: the pages anyone may open,
 * and every view each role's own navigation offers it, read from the navigation the role is shown.
 */
@MicronautTest(transactional = false)
class EveryViewPassesAxeTest extends BrowserTest {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @Test
    void the_pages_anyone_may_open_pass_axe() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of("login", "forgotten-password", "accessibility")) {
            page.navigate(ui.url() + path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            // on a loaded machine the view's title can come a moment after the network is quiet
            page.waitForFunction("() => document.title.trim() !== ''");
            violations.addAll(violationsOn("anonymous", path));
        }
        org.assertj.core.api.Assertions.assertThat(violations).as("axe violations").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"commissioner@coventry.demo", "admin@coventry.demo", "provider@coventry.demo",
            "provider-admin@coventry.demo", "person@coventry.demo", "carer@coventry.demo", "platform@homecare.demo",
            "person@bridgend.demo"})
    void every_view_in_a_roles_navigation_passes_axe(String username) {
        signIn(username);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        List<String> paths = page.locator("#main-nav vaadin-side-nav-item")
                .evaluateAll("items => items.map(item => item.getAttribute('path') ?? '')")
                instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        org.assertj.core.api.Assertions.assertThat(paths).as("the navigation of " + username).isNotEmpty();

        List<String> violations = new ArrayList<>();
        for (String path : paths) {
            page.navigate(ui.url() + path);
            assertThat(page.locator("#current-user")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            violations.addAll(violationsOn(username, path));
        }
        // What the first row of each list opens: a record's page, the details under the grid, the row's links.
        Set<String> seen = new HashSet<>();
        for (String path : paths) {
            openFirstRows(path, seen, opened -> violations.addAll(violationsOn(username, opened)));
        }
        org.assertj.core.api.Assertions.assertThat(seen).as("the records %s opened from its lists", username)
                .hasSizeGreaterThanOrEqualTo(RECORDS_AT_LEAST.getOrDefault(username, 0));
        org.assertj.core.api.Assertions.assertThat(violations).as("axe violations").isEmpty();
    }

    /** How many records a role opens at least from its lists' first rows, so that the check cannot pass by finding none. */
    private static final Map<String, Integer> RECORDS_AT_LEAST = Map.of(
            "commissioner@coventry.demo", 3, "admin@coventry.demo", 2, "provider@coventry.demo", 1, "platform@homecare.demo", 1);

    @Test
    void every_dialog_passes_axe_while_open() {
        List<String> violations = new ArrayList<>();
        String signedIn = null;
        for (DialogOpener dialog : DIALOGS) {
            if (!dialog.username().equals(signedIn)) {
                page.context().clearCookies();
                signIn(dialog.username());
                signedIn = dialog.username();
            }
            openWithTheKeyboard(dialog);
            violations.addAll(violationsOn(dialog.username(), dialog.path() + " #" + dialog.dialog()));
        }
        org.assertj.core.api.Assertions.assertThat(violations).as("axe violations in dialogs").isEmpty();
    }

    private List<String> violationsOn(String who, String path) {
        List<Rule> found = new ArrayList<>(new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations());
        // WCAG 2.5.3 Label in Name: axe's rule for it is "experimental", so outside the tags; it runs when named
        found.addAll(new AxeBuilder(page).withRules(List.of("label-content-name-mismatch")).analyze().getViolations());
        List<String> lines = new ArrayList<>();
        for (Rule rule : found) {
            rule.getNodes().forEach(node -> lines.add(
                    who + " /" + path + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                            + " — " + node.getHtml().substring(0, Math.min(160, node.getHtml().length()))
                            + (node.getFailureSummary() == null ? "" : " — " + node.getFailureSummary().replaceAll("\\s+", " "))));
        }
        return lines;
    }
}
