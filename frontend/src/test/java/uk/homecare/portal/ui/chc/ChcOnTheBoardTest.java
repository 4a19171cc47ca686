package uk.homecare.portal.ui.chc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.testing.FakeChcClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The commissioner's board says how much CHC care is commissioned against the council's requirement. */
class ChcOnTheBoardTest {

    private KaribuUi ui;
    private FakeChcClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.chc();
        ui.brokerage().packages.add(ui.brokerage().aPackage("PKG-1", PackageStatus.UNALLOCATED, ui.clock().instant()));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static String text(String id) {
        return byId(Paragraph.class, id).getText();
    }

    @Test
    void theBoardShowsChcHoursCommissionedAgainstTheRequirement() {
        api.summary = new ChcSummary(4_500 * 60, 1_234 * 60, 56 * 60, 30, 2);
        ui.signInAs("cora");
        ui.navigate("packages");

        assertThat(shown("chc-panel")).isTrue();
        assertThat(text("chc-commissioned")).isEqualTo("CHC: 1,234 of 4,500 hours a week commissioned (27%)");
        assertThat(text("chc-waiting")).isEqualTo("56 hours a week waiting in 2 packages");
        ProgressBar bar = byId(ProgressBar.class, "chc-progress");
        assertThat(bar.getValue()).isCloseTo(1_234.0 / 4_500, within(1e-9));
        assertThat(bar.getElement().getAttribute("aria-labelledby")).isEqualTo("chc-commissioned");
        assertThat(bar.getElement().getAttribute("aria-valuetext")).isEqualTo("27% of the CHC requirement commissioned");
        assertThat(shown("chc-unavailable")).isFalse();
        assertThat(api.lastAuthorization).startsWith("Bearer ");
    }

    @Test
    void anAdministratorSeesTheSameFiguresAndHalfHoursAreShown() {
        api.summary = new ChcSummary(90, 150, 30, 1, 1);
        ui.signInAs("adam");
        ui.navigate("packages");

        assertThat(text("chc-commissioned")).isEqualTo("CHC: 2.5 of 1.5 hours a week commissioned (167%)");
        assertThat(byId(ProgressBar.class, "chc-progress").getValue()).as("a full bar, not more").isEqualTo(1.0);
        assertThat(text("chc-waiting")).isEqualTo("0.5 hours a week waiting in 1 package");
    }

    @Test
    void theChcPanelIsHiddenWhenThereIsNoRequirement() {
        api.summary = new ChcSummary(0, 0, 120, 0, 1);
        ui.signInAs("cora");
        ui.navigate("packages");

        assertThat(shown("chc-panel")).isFalse();
        assertThat(Screen.notificationTexts()).isEmpty();
        assertThat(rows(grid("packages-grid"))).contains("PKG-1");
    }

    @Test
    void careCommissionedWithoutARequirementIsShownWithoutABar() {
        api.summary = new ChcSummary(0, 600, 0, 1, 0);
        ui.signInAs("cora");
        ui.navigate("packages");

        assertThat(shown("chc-panel")).isTrue();
        assertThat(text("chc-commissioned")).isEqualTo("CHC: 10 hours a week commissioned; the council has set no CHC requirement.");
        assertThat(shown("chc-progress")).isFalse();
        assertThat(text("chc-waiting")).isEqualTo("No CHC packages waiting.");
    }

    @Test
    void aFailingSummaryLeavesTheBoardUsable() {
        api.failNext(HttpStatus.INTERNAL_SERVER_ERROR, new Problem("about:blank", "Internal Server Error", 500, null, null));
        ui.signInAs("cora");
        ui.navigate("packages");

        assertThat(rows(grid("packages-grid"))).contains("PKG-1");
        assertThat(byId(Component.class, "unallocated-count").getElement().getText()).isEqualTo("1 package unallocated");
        assertThat(shown("chc-panel")).isTrue();
        assertThat(shown("chc-unavailable")).isTrue();
        assertThat(text("chc-unavailable")).isEqualTo("CHC figures cannot be shown just now.");
        assertThat(shown("chc-commissioned")).isFalse();
        assertThat(shown("chc-progress")).isFalse();
        assertThat(Screen.notificationTexts()).as("a small plain message, not an error").isEmpty();

        api.summary = new ChcSummary(270_000, 135_000, 0, 10, 0);
        click("packages-reload");
        assertThat(shown("chc-unavailable")).isFalse();
        assertThat(text("chc-commissioned")).isEqualTo("CHC: 2,250 of 4,500 hours a week commissioned (50%)");
    }
}
