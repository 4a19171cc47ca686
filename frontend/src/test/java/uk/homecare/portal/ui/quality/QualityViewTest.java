package uk.homecare.portal.ui.quality;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.quality.RatingChangeKind;
import uk.homecare.portal.api.quality.FailedGate;
import uk.homecare.portal.api.quality.ImportedChange;
import uk.homecare.portal.api.quality.RatingsImportReport;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.api.quality.GateSettings;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.SuspensionForm;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakeQualityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/**
 * The quality page: a commissioner sees each provider's rating and the gates it fails, and suspends or lifts with a
 * reason (required, next to its field); the administrator sets the minimum rating, saved with the version loaded; a
 * provider's home page says which council's gate it fails and why.
 */
class QualityViewTest {

    private KaribuUi ui;
    private FakeQualityClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeQualityClient.class);
        api.standings.clear();
        api.own.clear();
        api.settings = new GateSettings(null, true, 0);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private Button buttonOf(int row) {
        return (Button) ((HorizontalLayout) _getCellComponent(grid("quality-grid"), row, "actions")).getChildren().findFirst().orElseThrow();
    }

    @Test
    void a_commissioner_suspends_a_provider_with_a_reason_and_lifts_the_suspension() {
        ProviderStanding acme = api.provider("Acme Care Ltd", FakeIdentityClient.COVENTRY);
        ui.signInAs("cora");
        ui.navigate("quality");

        assertThat(shown("quality-gates")).as("the minimum rating is the administrator's").isFalse();
        assertThat(_getFormattedRow(grid("quality-grid"), 0)).contains("Acme Care Ltd");
        Button suspend = buttonOf(0);
        assertThat(suspend.getId()).hasValue("quality-suspend-" + acme.provider().id());
        suspend.click();
        click("quality-confirm");
        assertThat(byId(TextArea.class, "quality-reason").isInvalid()).as("a reason is needed").isTrue();
        assertThat(api.lastForm).isNull();

        _setValue(byId(TextArea.class, "quality-reason"), "Safeguarding investigation open");
        click("quality-confirm");

        assertThat(api.lastForm).isEqualTo(new SuspensionForm("Safeguarding investigation open"));
        assertThat(_getFormattedRow(grid("quality-grid"), 0)).anyMatch(cell -> cell.contains("Safeguarding investigation open"));
        Button lift = buttonOf(0);
        assertThat(lift.getId()).hasValue("quality-lift-" + acme.provider().id());
        lift.click();
        _setValue(byId(TextArea.class, "quality-reason"), "Investigation closed");
        click("quality-confirm");
        assertThat(api.standings.getFirst().failedGates()).isEmpty();
    }

    @Test
    void the_administrator_sets_the_minimum_rating_with_the_version_loaded() {
        ui.signInAs("adam");
        ui.navigate("quality");

        _setValue(byId(Select.class, "quality-minimum-rating"), Rating.GOOD);
        _setValue(byId(Checkbox.class, "quality-not-yet-rated-passes"), false);
        click("quality-gates-save");

        assertThat(api.lastForm).isEqualTo(new GateSettings(Rating.GOOD, false, 0));
        assertThat(api.settings.version()).isEqualTo(1);
    }

    @Test
    void a_providers_home_page_says_which_councils_gate_it_fails_and_why() {
        NamedRef coventry = FakeIdentityClient.COVENTRY;
        NamedRef agency = new NamedRef(java.util.UUID.randomUUID(), "Caring Hands Ltd");
        api.own.add(new ProviderStanding(agency, coventry, Rating.REQUIRES_IMPROVEMENT, List.of(), List.of(
                new FailedGate(GateName.MINIMUM_RATING, coventry, "Its rating, Requires improvement, is below this council's minimum, Good.",
                        Rating.REQUIRES_IMPROVEMENT, Rating.GOOD, LocalDate.of(2025, 11, 14), null, null)), List.of()));
        api.own.add(new ProviderStanding(agency, FakeIdentityClient.WARWICKSHIRE, Rating.REQUIRES_IMPROVEMENT, List.of(), List.of(),
                List.of()));
        ui.signInAs("pete");
        ui.navigate("");

        assertThat(KaribuUi.texts(byId(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, "home-quality").getElement()))
                .anyMatch(t -> t != null && t.contains("Coventry City Council") && t.contains("below this council's minimum, Good"))
                .anyMatch(t -> t != null && t.contains("Requires improvement"));
        assertThat(shown("home-gates-none")).isFalse();
    }

    @Test
    void a_provider_that_fails_no_gate_is_told_so() {
        api.own.add(new ProviderStanding(new NamedRef(java.util.UUID.randomUUID(), "Caring Hands Ltd"), FakeIdentityClient.COVENTRY,
                Rating.GOOD, List.of(), List.of(), List.of()));
        ui.signInAs("pete");
        ui.navigate("");

        assertThat(shown("home-gates-none")).isTrue();
    }

    @Test
    void the_platform_administrator_imports_a_file_and_sees_the_flagged_locations_or_every_row_at_fault() {
        api.nextReport = new RatingsImportReport(java.util.UUID.randomUUID(), Regulator.CQC, "a".repeat(64), false, ui.clock().instant(), 5, 4,
                1, 1, 1, 1, List.of(new ImportedChange(RatingChangeKind.CHANGED, "1-9698924284", "Spon End Home Support - Coventry", "1-7403928141",
                        new NamedRef(java.util.UUID.randomUUID(), "Spon End Home Support Ltd"), Rating.GOOD, Rating.REQUIRES_IMPROVEMENT,
                        LocalDate.of(2025, 11, 14))));
        ui.signInAs("pat");
        ui.navigate("ratings-import");

        _get(RatingsImportView.class).importFile("Location ID\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "ratings-result").getText()).contains("1 new, 1 changed, 1 withdrawn");
        assertThat(_getFormattedRow(grid("ratings-flagged"), 0)).contains("Spon End Home Support Ltd", "Good to Requires improvement");

        api.nextRefusal = new Problem("urn:homecare-portal:problem:ratings-file-refused", "Unprocessable", 422,
                "The file was refused whole: 1 fault (the first 1 listed). Nothing was imported.",
                List.of(new Problem.FieldError("lines[3].latest_rating", "Enter Outstanding, Good, Requires improvement, Inadequate or Not yet rated.")));
        _get(RatingsImportView.class).importFile("Location ID\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(shown("ratings-faults")).isTrue();
        assertThat(_getFormattedRow(grid("ratings-faults"), 0)).contains("lines[3].latest_rating");
        assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "ratings-result").getText()).contains("refused whole");
    }
}
