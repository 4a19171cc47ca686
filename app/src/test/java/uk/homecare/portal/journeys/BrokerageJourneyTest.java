package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The brokerage loop at a real browser, on the demo's packages: a provider answers an offer without
 * ever seeing who it is for, and the commissioner's board puts the unallocated package first.
 */
@MicronautTest(transactional = false)
class BrokerageJourneyTest extends BrowserTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @Test
    void a_provider_opens_an_offer_sees_no_identity_and_accepts_it() {
        signIn("provider@coventry.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offers")).click();
        Locator firstOffer = page.locator("#offers-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("COV-")).first();
        assertThat(firstOffer).isVisible();
        screenshot("offers-inbox");

        firstOffer.click();
        assertThat(page.locator("#offer")).isVisible();
        String offerText = page.locator("#offer").innerText();
        for (String identity : List.of("Edna", "Marlowe", "Walter", "Pryce", "Iris", "Okafor", "Stanley", "Hughes", "9434765", "Mill Lane")) {
            org.assertj.core.api.Assertions.assertThat(offerText).doesNotContain(identity);
        }
        screenshot("offer");

        page.locator("#offer-accept-submit").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("You accepted");
        screenshot("offer-accepted");
    }

    @Test
    void the_commissioners_board_puts_the_unallocated_package_first_and_loud() {
        signIn("commissioner@coventry.demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Care packages")).click();

        assertThat(page.locator("#unallocated-count")).containsText("1 package unallocated");
        assertThat(page.locator("#packages-grid")).containsText("Unallocated");
        screenshot("packages-board");
    }
}
