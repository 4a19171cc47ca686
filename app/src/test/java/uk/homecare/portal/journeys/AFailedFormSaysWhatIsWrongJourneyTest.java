package uk.homecare.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form sent with what it cannot take shows the GOV.UK error summary at its top: an alert, with the focus on it,
 * headed "There is a problem", each of its links moving the focus to the field it names; and the page stays clean
 * under axe.
 */
@MicronautTest(transactional = false)
class AFailedFormSaysWhatIsWrongJourneyTest extends BrowserTest {

    @Test
    void a_failed_form_has_the_focus_on_its_error_summary_whose_links_lead_to_the_fields() {
        signIn("provider@coventry.demo");
        page.navigate(ui.url() + "capacity");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        page.locator("#capacity-form-submit").click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).hasAttribute("role", "alert");
        assertThat(summary.locator("h2")).hasText("There is a problem");
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('error-summary')");

        Locator firstLink = summary.locator("a").first();
        String fieldId = firstLink.getAttribute("href").substring(1);
        firstLink.click();

        page.waitForFunction("id => { const field = document.getElementById(id);"
                + " return field !== null && (field === document.activeElement || field.contains(document.activeElement)); }", fieldId);
        org.assertj.core.api.Assertions.assertThat(page.url()).as("the link moves the focus, not the page").doesNotContain("#");

        List<Rule> violations = new AxeBuilder(page).withTags(EveryViewPassesAxeTest.WCAG_22_AA).analyze().getViolations();
        org.assertj.core.api.Assertions.assertThat(violations).extracting(Rule::getId).as("axe violations with the summary shown").isEmpty();
    }
}
