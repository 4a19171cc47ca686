package uk.homecare.portal.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitSource;
import uk.homecare.portal.ui.testing.KaribuUi;

class VisitExceptionsViewTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private Visit visit(boolean missed, int late, VarianceReason reason) {
        LocalTime start = LocalTime.of(8, 0);
        return new Visit(UUID.randomUUID(), UUID.randomUUID(), "COV-2026-0042", UUID.randomUUID(), "Caring Hands Ltd",
                ui.clock().today().minusDays(1), start, start.plusMinutes(30), 30, missed ? null : start.plusMinutes(late),
                missed ? null : start.plusMinutes(late + 30), missed ? 0 : 30, late, missed ? 0 : 1, missed, reason, null, null,
                VisitSource.ECM, null, ui.clock().instant());
    }

    @Test
    void theCommissionerSeesYesterdaysMissedAndLateVisits() {
        ui.visits().exceptions.add(visit(true, 0, VarianceReason.PERSON_IN_HOSPITAL));
        ui.visits().exceptions.add(visit(false, 25, VarianceReason.TRAVEL_DELAY));
        ui.signInAs("cora");

        ui.navigate("visit-exceptions");

        assertThat(ui.visits().lastDate).isEqualTo(ui.clock().today().minusDays(1));
        assertThat(byId(Paragraph.class, "visit-exceptions-count").getText()).isEqualTo("2 missed or late visits.");
        assertThat(rows(grid("visit-exceptions-grid"))).contains("COV-2026-0042", "Missed", "25 minutes late",
                "The person was in hospital", "Travel delay");
    }
}
