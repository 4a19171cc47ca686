package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** Every capacity and market screen in words from the bundle, and every input with a label a screen reader can read. */
@Tag("calendar")
class CapacityTextsTest {

    private final Messages messages = new Messages();
    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        var api = ui.capacity();
        api.reports.add(api.aReport(FakeCapacityClient.CENTRAL, 9, 600));
        api.reports.add(api.aReport(FakeCapacityClient.NORTH, 1, 600));
        api.market = new MarketView(FakeIdentityClient.COVENTRY, api.thisWeek(), api.market.zones(),
                List.of(api.aStaleProvider("Kind Care", null), api.aStaleProvider("Home Helpers", 9)));
        api.health = api.aHealth(List.of(17, 16), true, List.of(
                new ProviderBand(new NamedRef(UUID.randomUUID(), "Kind Care"), 30_000, 72_000, 90_000, true, false, true),
                new ProviderBand(new NamedRef(UUID.randomUUID(), "Home Helpers"), 60_000, null, null, false, false, false)));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyCapacityViewAProviderOpensIsFullyTranslatedAndLabelled() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        Screen.assertTranslatedAndLabelled();
        Screen.click("capacity-form-submit");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void everyMarketViewACommissionerOpensIsFullyTranslatedAndLabelled() {
        ui.signInAs("cora");
        ui.navigate("market");
        Screen.assertTranslatedAndLabelled();
        ui.navigate("market/health");
        Screen.assertTranslatedAndLabelled();
        _click((Button) _getCellComponent(Screen.grid("health-providers-grid"), 0, "change"));
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void amountsReadAsPeopleSayThem() {
        assertThat(messages.getTranslation("market.stale", Locale.UK, 1)).isEqualTo("1 provider has not reported for over 7 days:");
        assertThat(messages.getTranslation("market.stale", Locale.UK, 3)).isEqualTo("3 providers have not reported for over 7 days:");
        assertThat(messages.getTranslation("health.change", Locale.UK, 1, 2, -50)).isEqualTo("1 active provider now, 2 a year ago (-50%).");
        assertThat(messages.getTranslation("health.change", Locale.UK, 18, 17, 6)).isEqualTo("18 active providers now, 17 a year ago (+6%).");
        assertThat(messages.getTranslation("capacity.form.title", Locale.UK)).isEqualTo("Report this week's capacity");
    }
}
