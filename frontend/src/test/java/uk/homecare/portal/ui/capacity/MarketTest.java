package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.Dates;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** The commissioner's market: capacity against demand per zone, as a table and charts each with a table, and stale providers. */
@Tag("calendar")
class MarketTest {

    private KaribuUi ui;
    private FakeCapacityClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.capacity();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theMarketTableShowsCapacityAgainstDemandPerZone() {
        ui.signInAs("cora");
        ui.navigate("market");

        String table = rows(grid("market-zones"));
        // Central: 40 h daytime, 0 out of hours, 3 reporting, 1 double-handed, 14 staff, 4 non-drivers, 40 h waiting, 15 h starting
        assertThat(table.lines().findFirst().orElseThrow()).contains("Central", "40 h", "0 h", "3", "1", "14", "4", "15 h");
        assertThat(table).contains("Coventry North", "10 h", "40 h");
        assertThat(api.thisWeek()).isEqualTo(ui.clock().monday());
        assertThat(byId(Paragraph.class, "market-week").getText())
                .isEqualTo("Coventry City Council, week starting " + Dates.fullDate(api.thisWeek()));
        assertThat(api.lastAuthorization).isEqualTo("Bearer token-of-cora");
    }

    @Test
    void aZoneWithAGapIsHighlighted() {
        ui.signInAs("cora");
        ui.navigate("market");

        Component covered = _getCellComponent(grid("market-zones"), 0, "gap");
        Component short_ = _getCellComponent(grid("market-zones"), 1, "gap");
        assertThat(textOf(covered)).contains("Covered");
        assertThat(covered.getElement().getThemeList()).contains("success").doesNotContain("error");
        assertThat(textOf(short_)).contains("Short by 30 h");
        assertThat(short_.getElement().getThemeList()).contains("badge", "error");
    }

    @Test
    void eachChartHasATableAlternative() {
        ui.signInAs("cora");
        ui.navigate("market");

        List<ChartFigure> charts = _find(ChartFigure.class);
        assertThat(charts).hasSize(3); // capacity against demand, and a trend for each of the two zones
        for (ChartFigure chart : charts) {
            assertThat(chart.svg()).startsWith("<svg").contains("role=\"img\"", "<title");
            assertThat(chart.table().getCaptionText()).isNotBlank();
            assertThat(chart.table().getBody().getRowCount()).isGreaterThan(1);
            assertThat(chart.getChildren().filter(Details.class::isInstance)).hasSize(1);
        }
        ChartFigure centralTrend = charts.stream().filter(c -> c.getId().orElse("").equals("market-trend-0-figure")).findFirst().orElseThrow();
        assertThat(centralTrend.svg()).contains("Central: reported capacity and new demand", "Reported capacity", "New demand");
        assertThat(centralTrend.table().getBody().getRowCount()).isEqualTo(12);
        assertThat(textOf(centralTrend.table())).contains(Dates.fullDate(api.thisWeek().minusWeeks(3)), "51 h", "10 h");
    }

    @Test
    void theBarChartSaysInWordsWhichZonesAreShort() {
        ui.signInAs("cora");
        ui.navigate("market");

        ChartFigure bars = byId(ChartFigure.class, "market-bars-figure");
        assertThat(bars.svg()).contains("2 zones. Short of capacity: Coventry North by 30 h.");
        assertThat(textOf(bars.table())).contains("Central", "Coventry North", "30 h");
    }

    @Test
    void staleProvidersAreListed() {
        api.market = new MarketView(FakeIdentityClient.COVENTRY, api.thisWeek(), api.market.zones(), List.of(
                api.aStaleProvider("Home Helpers", 10),
                api.aStaleProvider("Kind Care", null),
                api.aStaleProvider("Swift Support", 30)));
        ui.signInAs("cora");
        ui.navigate("market");

        assertThat(byId(Paragraph.class, "market-stale-summary").getText())
                .isEqualTo("3 providers have not reported for over 7 days:");
        assertThat(textOf(byId(UnorderedList.class, "market-stale-list")))
                .contains("Home Helpers: last reported on " + Dates.fullDate(ui.clock().today().minusDays(10)),
                        "Kind Care: never reported",
                        "Swift Support: last reported on " + Dates.fullDate(ui.clock().today().minusDays(30)));
    }

    @Test
    void withNoStaleProvidersThePageSaysEveryoneHasReported() {
        ui.signInAs("cora");
        ui.navigate("market");
        assertThat(byId(Paragraph.class, "market-stale-summary").getText()).isEqualTo("Every provider has reported in the last 7 days.");
    }

    @Test
    void anAdministratorMayOpenTheMarket() {
        ui.signInAs("adam");
        ui.navigate("market");
        expectView(CapacityMarketView.class);
    }

    @Test
    void aProviderCannotOpenTheMarket() {
        ui.signInAs("pete");
        api.lastAuthorization = null; // the home page read the capacity due this week
        ui.navigate("market");
        expectView(AccessDeniedView.class);
        ui.navigate("market/health");
        expectView(AccessDeniedView.class);
        assertThat(api.lastAuthorization).isNull();
    }
}
