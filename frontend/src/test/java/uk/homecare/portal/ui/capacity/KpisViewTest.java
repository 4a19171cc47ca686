package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeKpiClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The commissioner's KPI page: period and filters, every figure in a table, two charts each with its table, and the exports. */
class KpisViewTest {

    private KaribuUi ui;
    private FakeKpiClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeKpiClient.class);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theLast28DaysAreShownAtFirstWithEveryFigureInATable() {
        ui.signInAs("cora");
        ui.navigate("kpis");

        LocalDate today = ui.clock().today();
        assertThat(api.lastFrom).isEqualTo(today.minusDays(27));
        assertThat(api.lastTo).as("the API's period ends the day after the last day").isEqualTo(today.plusDays(1));
        assertThat(api.lastAuthorization).isEqualTo("Bearer token-of-cora");
        assertThat(byId(Paragraph.class, "kpis-about").getText()).startsWith("Coventry City Council, ");
        String summary = rows(grid("kpis-summary"));
        assertThat(summary).contains("Packages published, 12", "Packages awarded, 8", "Awarded to the primary provider, 6 (75% of awards)",
                "Hand-backs notified, 1 (10 h a week)", "Offers declined, 8");
        assertThat(rows(grid("kpis-time"))).contains("All awards, 8, 2.5 h, 48 h", "Primary stage, 6, 1.5 h, 4 h", "Open stage, 2, 48 h, 72 h",
                "Routine packages, 7, 3 h, 48 h", "Urgent packages, 1, 1 h, 1 h");
        assertThat(rows(grid("kpis-waiting"))).contains("Under 1 day, 0, 0 h, 3, 15 h", "1 to 2 weeks, 2, 20 h, 0, 0 h");
        assertThat(rows(grid("kpis-declines"))).contains("No capacity, 5", "Other, 1");
        assertThat(rows(grid("kpis-visits"))).contains("Of which under 30 minutes, 14 (10%)", "Lasted under 30 minutes, 35 (9%)");
        assertThat(rows(grid("kpis-delivery"))).contains("Commissioned in the period, 200 h", "Delivered as a share of commissioned, 88%");
        assertThat(rows(grid("kpis-chc"))).contains("Weekly requirement, 4,500 h", "Commissioned, 3,000 h a week in 40 packages",
                "Commissioned as a share of the requirement, 67%", "Waiting for a provider, 500 h a week in 7 packages");
        assertThat(rows(grid("kpis-capacity"))).contains("10, 8, 80%");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void eachChartIsAPictureWithItsSummaryAndItsNumbersAsATable() {
        ui.signInAs("cora");
        ui.navigate("kpis");

        List<ChartFigure> charts = _find(ChartFigure.class);
        assertThat(charts).hasSize(2);
        for (ChartFigure chart : charts) {
            assertThat(chart.svg()).startsWith("<svg").contains("role=\"img\"", "<title", "aria-labelledby");
            assertThat(chart.table().getCaptionText()).isNotBlank();
            assertThat(chart.getChildren().filter(Details.class::isInstance)).hasSize(1);
        }
        ChartFigure time = byId(ChartFigure.class, "kpis-time-chart-figure");
        assertThat(time.svg()).contains("Of all 8 awards, half took 2.5 h or less and 9 in 10 took 48 h or less.");
        assertThat(time.table().getBody().getRowCount()).isEqualTo(5);
        ChartFigure waiting = byId(ChartFigure.class, "kpis-waiting-chart-figure");
        assertThat(waiting.svg()).contains("4 packages are unallocated (37 h a week) and 4 are still being offered (20 h a week).");
        assertThat(waiting.table().getBody().getRowCount()).isEqualTo(6);
    }

    @Test
    void aPeriodAndFiltersAreAskedForAndAPeriodEndingBeforeItStartsIsRefusedNextToTheField() {
        ui.signInAs("cora");
        ui.navigate("kpis");
        LocalDate first = ui.clock().monday().minusWeeks(8);

        _setValue(byId(DatePicker.class, "kpis-from"), first);
        _setValue(byId(DatePicker.class, "kpis-to"), first.plusDays(6));
        ComboBox<NamedRef> zone = byId(ComboBox.class, "kpis-zone");
        _setValue(zone, FakeKpiClient.NORTH);
        ComboBox<NamedRef> provider = byId(ComboBox.class, "kpis-provider");
        _setValue(provider, FakeKpiClient.CARING);
        ComboBox<Urgency> urgency = byId(ComboBox.class, "kpis-urgency");
        _setValue(urgency, Urgency.URGENT);
        click("kpis-show");

        assertThat(api.lastFrom).isEqualTo(first);
        assertThat(api.lastTo).isEqualTo(first.plusDays(7));
        assertThat(api.lastZone).isEqualTo(FakeKpiClient.NORTH.id());
        assertThat(api.lastProvider).isEqualTo(FakeKpiClient.CARING.id());
        assertThat(api.lastLot).isNull();
        assertThat(api.lastUrgency).isEqualTo(Urgency.URGENT);
        assertThat(zone.getValue()).as("the choice is kept").isEqualTo(FakeKpiClient.NORTH);
        assertThat(byId(Paragraph.class, "kpis-about").getText()).endsWith("Only: Coventry North, Caring Hands Ltd, Urgent.");

        int calls = api.calls;
        _setValue(byId(DatePicker.class, "kpis-to"), first.minusDays(1));
        click("kpis-show");
        DatePicker last = byId(DatePicker.class, "kpis-to");
        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("The last day must be the same as or after the first day.");
        assertThat(api.calls).as("nothing asked").isEqualTo(calls);
    }

    @Test
    void theFiguresDownloadAsCsvAndAsASpreadsheetForThePeriodShown() {
        ui.signInAs("cora");
        ui.navigate("kpis");
        LocalDate today = ui.clock().today();
        String period = today.minusDays(27) + "-" + today;

        click("kpis-csv");
        Anchor file = byId(Anchor.class, "kpis-file");
        assertThat(file.isVisible()).isTrue();
        assertThat(file.getText()).isEqualTo("Download kpis-" + period + ".csv");
        click("kpis-xlsx");
        assertThat(file.getText()).isEqualTo("Download kpis-" + period + ".xlsx");
        assertThat(api.lastTo).isEqualTo(today.plusDays(1));
        assertThat(byId(com.vaadin.flow.component.button.Button.class, "kpis-xlsx").getElement().getAttribute(ActionMark.ACTION))
                .isEqualTo("Capability.READ_KPIS");
    }

    @Test
    void anAdministratorSeesThePageAndAProviderDoesNot() {
        ui.signInAs("adam");
        ui.navigate("kpis");
        expectView(KpisView.class);
        assertThat(api.lastAuthorization).isEqualTo("Bearer token-of-adam");

        ui.signInAs("pete");
        api.lastAuthorization = null;
        ui.navigate("kpis");
        expectView(AccessDeniedView.class);
        assertThat(api.lastAuthorization).isNull();
    }

    @Test
    void inWelshThePageSpeaksWelsh() {
        Me cora = ui.identity().person("cora");
        ui.identity().add(new Me(cora.id(), cora.username(), cora.displayName(), cora.role(), cora.council(), null, cora.councils(),
                List.of(), "cy", cora.capabilities()));
        ui.signInAs("cora");
        ui.navigate("kpis");

        assertThat(Screen.allText()).contains("Dangosyddion perfformiad allweddol", "Diwrnod cyntaf", "Lawrlwytho CSV");
        assertThat(rows(grid("kpis-summary"))).contains("Pecynnau a gyhoeddwyd, 12", "Wedi'u dyfarnu i'r prif ddarparwr, 6 (75% o'r dyfarniadau)");
        assertThat(rows(grid("kpis-declines"))).contains("Dim capasiti, 5");
        assertThat(byId(ChartFigure.class, "kpis-time-chart-figure").svg()).contains("O'r 8 dyfarniad i gyd");
        Screen.assertTranslatedAndLabelled();
    }
}
