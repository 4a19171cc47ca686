package uk.homecare.portal.ui.visits;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.RefusedRow;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.ui.testing.KaribuUi;

class VisitsViewTest {

    private KaribuUi ui;
    private CarePackage held;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        held = ui.brokerage().aPackage("COV-2026-0042", PackageStatus.AWARDED, null);
        ui.brokerage().carePackages.add(held);
        ui.signInAs("pete");
        ui.navigate("visits");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theProviderRecordsAVisitOfAPackageItHolds() {
        @SuppressWarnings("unchecked")
        ComboBox<CarePackage> carePackage = byId(ComboBox.class, "visit-package");
        _setValue(carePackage, held);
        _setValue(byId(TimePicker.class, "visit-planned-start"), LocalTime.of(8, 0));
        _setValue(byId(TimePicker.class, "visit-planned-end"), LocalTime.of(8, 30));
        _setValue(byId(TimePicker.class, "visit-actual-start"), LocalTime.of(8, 5));
        _setValue(byId(TimePicker.class, "visit-actual-end"), LocalTime.of(8, 35));

        click("visit-form-submit");

        VisitForm sent = (VisitForm) ui.visits().lastForm;
        assertThat(sent.visitDate()).isEqualTo(ui.clock().today().minusDays(1));
        assertThat(sent.actualStart()).isEqualTo(LocalTime.of(8, 5));
        assertThat(sent.carersPresent()).isEqualTo(1);
        assertThat(ui.visits().visits).singleElement().satisfies(v -> assertThat(v.packageId()).isEqualTo(held.id()));
        assertThat(byId(Paragraph.class, "visit-result").getText()).contains("Visit recorded");
    }

    @Test
    void aRefusedFileListsEveryRefusedRowWithItsLine() {
        ui.visits().nextReport = new EcmImportReport(null, "a".repeat(64), false, false, 3, 0, null, List.of(
                new RefusedRow(2, "carers_present", "Enter a whole number from 0 to 10."),
                new RefusedRow(4, "visit_date", "Enter a date like 2026-12-05 (year-month-day).")));

        _get(VisitsView.class).importFile("package_reference\n".getBytes(StandardCharsets.UTF_8));

        assertThat(byId(Paragraph.class, "visit-import-result").getText()).isEqualTo("Nothing imported: 2 problems in 3 rows. Correct the file and upload it again.");
        assertThat(grid("visit-refused-rows").isVisible()).isTrue();
        assertThat(rows(grid("visit-refused-rows"))).contains("2", "carers_present", "4", "visit_date");
        assertThat(new String(ui.visits().lastFile, StandardCharsets.UTF_8)).startsWith("package_reference");
    }

    @Test
    void aGoodFileSaysHowManyVisitsWereImported() {
        ui.visits().nextReport = new EcmImportReport(java.util.UUID.randomUUID(), "b".repeat(64), true, false, 120, 120,
                ui.clock().instant(), List.of());

        _get(VisitsView.class).importFile(new byte[] {1});

        assertThat(byId(Paragraph.class, "visit-import-result").getText()).isEqualTo("120 visits imported.");
        assertThat(shown("visit-refused-rows")).isFalse();
    }
}
