package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.ContractBand;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.capacity.ViabilityBand;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.testing.Dates;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** Market health: active providers over 12 months with the 5% warning, the viability band, and providers against their bands. */
@Tag("calendar")
class MarketHealthTest {

    private static final ProviderBand SMALL = new ProviderBand(new NamedRef(UUID.randomUUID(), "Kind Care"), 30_000,
            null, null, true, false, false);
    private static final ProviderBand COVENTRY_CONTRACT = new ProviderBand(new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"),
            60_000, 72_000, 90_000, false, false, true);
    private static final ProviderBand LARGE = new ProviderBand(new NamedRef(UUID.randomUUID(), "Big Care plc"), 130_000,
            null, null, false, true, false);

    private KaribuUi ui;
    private FakeCapacityClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.capacity();
        api.health = api.aHealth(List.of(17, 17, 16), true, List.of(SMALL, COVENTRY_CONTRACT, LARGE));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aFallOfFivePercentIsWarnedOf() {
        api.health = api.aHealth(List.of(20, 19, 19), true, List.of());
        ui.signInAs("cora");
        ui.navigate("market/health");

        Paragraph warning = byId(Paragraph.class, "health-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("Active providers fell by 5% in 12 months (from 20 to 19).");
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void aCouncilWithNoProvidersAYearAgoReadsAsNewNotPlusNothingPercent() {
        api.health = api.aHealth(List.of(0, 0, 15), false, List.of());
        ui.signInAs("cora");
        ui.navigate("market/health");

        assertThat(byId(Paragraph.class, "health-change").getText()).isEqualTo(
                "15 active providers now. There were none a year ago, so there is no percentage change: all are new since last year.");
    }

    @Test
    void aFallOfSixPercentReadsAsTheIssueSaysIt() {
        ui.signInAs("cora");
        ui.navigate("market/health");
        assertThat(byId(Paragraph.class, "health-warning").getText())
                .isEqualTo("Active providers fell by 6% in 12 months (from 17 to 16).");
    }

    @Test
    void noWarningBelowFivePercent() {
        api.health = api.aHealth(List.of(25, 25, 24), false, List.of());
        ui.signInAs("cora");
        ui.navigate("market/health");

        assertThat(shown("health-warning")).isFalse();
        assertThat(byId(Paragraph.class, "health-change").getText()).isEqualTo("24 active providers now, 25 a year ago (-4%).");
    }

    @Test
    void theActiveProvidersChartHasATableAlternative() {
        ui.signInAs("cora");
        ui.navigate("market/health");

        LocalDate first = api.monthAYearAgo();
        ChartFigure chart = byId(ChartFigure.class, "health-providers-figure");
        assertThat(chart.svg()).contains("Active providers, month by month", "Active providers over 3 months: 17 in "
                + Dates.month(first) + ", 16 in " + Dates.month(first.plusMonths(2)) + ".");
        assertThat(chart.table().getBody().getRowCount()).isEqualTo(3);
        assertThat(textOf(chart.table())).contains(Dates.month(first.plusMonths(1)), "17", "16");
    }

    @Test
    void theViabilityBandIsSentInMinutes() {
        ui.signInAs("cora");
        ui.navigate("market/health");
        assertThat(byId(BigDecimalField.class, "viability-min").getValue()).isEqualByComparingTo("700");

        _setValue(byId(BigDecimalField.class, "viability-min"), new BigDecimal("650"));
        _setValue(byId(BigDecimalField.class, "viability-max"), new BigDecimal("2000.5"));
        click("viability-form-submit");

        assertThat(api.lastForm).isEqualTo(new ViabilityBand(39_000, 120_030));
        assertThat(Screen.notificationTexts()).anyMatch(text -> text.contains("650 h to 2,000.5 h"));
    }

    @Test
    void aBandWhoseMostIsBelowItsLeastIsNotSent() {
        ui.signInAs("cora");
        ui.navigate("market/health");
        _setValue(byId(BigDecimalField.class, "viability-max"), new BigDecimal("600"));

        click("viability-form-submit");

        BigDecimalField max = byId(BigDecimalField.class, "viability-max");
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("The most cannot be below the least.");
        assertThat(api.lastForm).isNull();
    }

    @Test
    void eachProviderIsMarkedAgainstTheBands() {
        ui.signInAs("cora");
        ui.navigate("market/health");

        var providers = grid("health-providers-grid");
        assertThat(rows(providers)).contains("Kind Care", "500 h", "None", "1,200 h to 1,500 h", "2,166.67 h");
        assertThat(textOf(_getCellComponent(providers, 0, "standing"))).contains("Below viability");
        assertThat(textOf(_getCellComponent(providers, 1, "standing"))).contains("Outside contract").doesNotContain("viability");
        assertThat(textOf(_getCellComponent(providers, 2, "standing"))).contains("Above viability");
    }

    @Test
    void aContractBandIsChangedInMinutesForThatProvider() {
        ui.signInAs("cora");
        ui.navigate("market/health");
        var change = (Button) _getCellComponent(grid("health-providers-grid"), 1, "change");
        assertThat(change.getAriaLabel()).hasValue("Change the contract band of Caring Hands Ltd");
        _click(change);
        assertThat(byId(BigDecimalField.class, "contract-min").getValue()).isEqualByComparingTo("1200");

        _setValue(byId(BigDecimalField.class, "contract-max"), new BigDecimal("1600"));
        click("contract-form-submit");

        assertThat(api.lastForm).isEqualTo(new ContractBand(72_000, 96_000));
        assertThat(api.lastProviderId).isEqualTo(COVENTRY_CONTRACT.provider().id());
        assertThat(shown("contract-dialog")).isFalse();
        assertThat(rows(grid("health-providers-grid"))).contains("1,200 h to 1,600 h");
    }

    @Test
    void aContractBandNeedsBothEndsOrNeither() {
        ui.signInAs("cora");
        ui.navigate("market/health");
        _click((Button) _getCellComponent(grid("health-providers-grid"), 0, "change"));

        _setValue(byId(BigDecimalField.class, "contract-min"), new BigDecimal("1200"));
        click("contract-form-submit");
        assertThat(byId(BigDecimalField.class, "contract-max").getErrorMessage())
                .isEqualTo("Give both the least and the most, or leave both empty for no band.");
        assertThat(api.lastForm).isNull();

        _setValue(byId(BigDecimalField.class, "contract-min"), null);
        click("contract-form-submit");
        assertThat(api.lastForm).isEqualTo(new ContractBand(null, null));
    }
}
