package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hours bank and the market at a real browser, on the demo's records: a person sees their hours in
 * plain words and their sessions; a carer sees whom they act for; a commissioner sees the market's
 * charts, each with its table, and the warning that providers are leaving.
 */
@MicronautTest(transactional = false)
class DemoJourneysTest extends BrowserTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @Test
    void a_person_sees_their_hours_in_plain_words_and_the_sessions_they_booked() {
        // Bridgend's person reads the portal in Welsh, the language of their account.
        signIn("person@bridgend.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fy oriau")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        assertThat(page.locator("#hours-remaining")).containsText("Mae gennych");
        assertThat(page.locator("#hours-remaining")).containsText("i'w defnyddio");
        assertThat(page.locator("#my-hours")).containsText("Wedi'i archebu");
        screenshot("my-hours");
    }

    @Test
    void a_carer_is_told_whom_they_are_acting_for() {
        signIn("carer@bridgend.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fy oriau")).click();

        assertThat(page.locator("#hours-whom")).containsText("Rydych yn gweithredu ar ran");
        screenshot("carer-hours");
    }

    @Test
    void the_commissioner_sees_the_market_as_charts_with_tables_and_the_fall_in_providers() {
        signIn("commissioner@bradford.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Market").setExact(true)).click();

        assertThat(page.locator("svg[role=img]").first()).isVisible();
        assertThat(page.locator("details, vaadin-details").first()).isVisible();
        screenshot("market");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Market health")).click();
        assertThat(page.locator("#health-warning")).containsText("fell by");
        screenshot("market-health");
    }
}
