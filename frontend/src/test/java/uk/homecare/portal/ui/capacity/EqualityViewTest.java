package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;

import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeEqualityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The commissioner's equality monitoring page: a table per characteristic, each starting with the whole population. */
class EqualityViewTest {

    private KaribuUi ui;
    private FakeEqualityClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeEqualityClient.class);
        api.reset();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theLastYearIsShownAsTablesWithSmallNumbersSuppressedAndThePopulationToCompareWith() {
        ui.signInAs("cora");
        ui.navigate("equality");

        LocalDate today = ui.clock().today();
        assertThat(api.lastFrom).isEqualTo(today.minusDays(364));
        assertThat(api.lastTo).isEqualTo(today.plusDays(1));
        String sex = rows(grid("equality-sex"));
        assertThat(sex).contains("Whole population, 40, 44, 30, 3 h, 9, 20%, 6", "Female, 12, 14, 10, 2.5 h, 5, 36%, <5",
                "Male, <5, <5, <5, *, <5, *, <5", "Prefer not to say, *, *, *, *, <5, *, <5", "Not known (not given), *, *, *, *, <5, *, <5");
        assertThat(rows(grid("equality-urban-rural"))).contains("Urban zones, *", "Rural zones, *");
        assertThat(Screen.allText()).contains("By age band", "By Welsh speaker", "\"<5\" is fewer than 5");
        Screen.assertTranslatedAndLabelled();

        click("equality-csv");
        assertThat(byId(Anchor.class, "equality-file").getText()).isEqualTo("Download equality-" + today.minusDays(364) + "-" + today + ".csv");
        assertThat(api.csvExports).isEqualTo(1);
    }

    @Test
    void onlyCommissionersOpenIt() {
        ui.signInAs("adam");
        api.lastAuthorization = null;
        ui.navigate("equality");
        expectView(AccessDeniedView.class);
        ui.signInAs("pete");
        ui.navigate("equality");
        expectView(AccessDeniedView.class);
        assertThat(api.lastAuthorization).as("nothing asked of the API").isNull();
    }

    @Test
    void inWelshThePageSpeaksWelsh() {
        Me cora = ui.identity().person("cora");
        ui.identity().add(new Me(cora.id(), cora.username(), cora.displayName(), cora.role(), cora.council(), null, cora.councils(),
                List.of(), "cy", cora.capabilities()));
        ui.signInAs("cora");
        ui.navigate("equality");
        assertThat(rows(grid("equality-sex"))).contains("Y boblogaeth gyfan, 40", "Benyw, 12");
        Screen.assertTranslatedAndLabelled();
    }
}
