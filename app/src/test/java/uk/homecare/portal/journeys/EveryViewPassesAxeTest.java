package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
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
        org.assertj.core.api.Assertions.assertThat(violations).as("axe violations").isEmpty();
    }

    private List<String> violationsOn(String who, String path) {
        List<Rule> found = new ArrayList<>(new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations());
        // WCAG 2.5.3 Label in Name: axe's rule for it is "experimental", so outside the tags; it runs when named
        found.addAll(new AxeBuilder(page).withRules(List.of("label-content-name-mismatch")).analyze().getViolations());
        List<String> lines = new ArrayList<>();
        for (Rule rule : found) {
            rule.getNodes().forEach(node -> lines.add(
                    who + " /" + path + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                            + " — " + node.getHtml().substring(0, Math.min(160, node.getHtml().length()))));
        }
        return lines;
    }
}
