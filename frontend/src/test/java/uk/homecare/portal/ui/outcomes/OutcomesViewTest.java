package uk.homecare.portal.ui.outcomes;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.outcomes.KpiSnapshotSummary;
import uk.homecare.portal.api.outcomes.ReportRecipient;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeOutcomeClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The Outcomes page: snapshots and taking one, the comparison of a period with its notes, the PDF, and the monthly e-mails. */
class OutcomesViewTest {

    private KaribuUi ui;
    private FakeOutcomeClient api;
    private YearMonth justEnded;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeOutcomeClient.class);
        justEnded = YearMonth.from(ui.clock().today()).minusMonths(1);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aCommissionerComparesTheMonthJustEndedWithTheSameMonthAYearBefore() {
        api.snapshots.add(new KpiSnapshotSummary(justEnded.minusMonths(12).toString(), ui.clock().instant(), null, 57));
        api.snapshots.add(new KpiSnapshotSummary(justEnded.toString(), ui.clock().instant(), null, 57));
        ui.signInAs("cora");
        ui.navigate("outcomes");

        assertThat(api.lastFrom).isEqualTo(justEnded.minusMonths(12).toString());
        assertThat(api.lastTo).isEqualTo(justEnded.toString());
        assertThat(rows(grid("outcomes-snapshots"))).contains("Monthly job");
        assertThat(byId(Paragraph.class, "outcomes-compared").getText()).startsWith("Comparing ").contains("from 2 monthly snapshots");
        assertThat(rows(grid("outcomes-lines"))).contains("brokerage: packages published, 10, 14, +4",
                "time to award: median minutes (all ALL), 2,880, 1,440, -1440");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void aCommissionerTakesASnapshotOfAMonthWithoutOneAddsANoteAndDownloadsThePdf() {
        ui.signInAs("cora");
        ui.navigate("outcomes");
        assertThat(byId(Paragraph.class, "outcomes-compared").getText()).isEqualTo("There is no snapshot in this period yet.");

        click("outcomes-snapshot-take");
        assertThat(byId(Select.class, "outcomes-snapshot-month").isInvalid()).as("no month chosen").isTrue();
        _setValue(byId(Select.class, "outcomes-snapshot-month"), justEnded);
        click("outcomes-snapshot-take");

        assertThat(api.snapshots).extracting(KpiSnapshotSummary::month).containsExactly(justEnded.toString());
        assertThat(Screen.notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Snapshot of "));
        assertThat(byId(Paragraph.class, "outcomes-compared").getText()).contains("from 1 monthly snapshots");

        click("outcomes-note-add");
        assertThat(byId(TextArea.class, "outcomes-note-text").isInvalid()).isTrue();
        _setValue(byId(TextArea.class, "outcomes-note-text"), "Fewer hand-backs since the framework changed.");
        click("outcomes-note-add");
        assertThat(api.notes).singleElement().satisfies(note -> {
            assertThat(note.fromMonth()).isEqualTo(justEnded.minusMonths(12).toString());
            assertThat(note.toMonth()).isEqualTo(justEnded.toString());
        });
        assertThat(Screen.textOf(byId(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, "outcomes-notes")))
                .contains("Fewer hand-backs since the framework changed.", "Cora Commissioner");

        click("outcomes-pdf");
        assertThat(api.pdfs).isEqualTo(1);
        Anchor file = byId(Anchor.class, "outcomes-file");
        assertThat(file.isVisible()).isTrue();
        assertThat(file.getText()).contains("outcomes-" + justEnded.minusMonths(12) + "-" + justEnded + ".pdf");
        assertThat(byId(Button.class, "outcomes-pdf").getElement().getAttribute(ActionMark.ACTION)).isNotNull();
    }

    @Test
    void aPeriodTheWrongWayRoundIsRefusedNextToTheLastMonth() {
        ui.signInAs("cora");
        ui.navigate("outcomes");
        _setValue(byId(Select.class, "outcomes-to"), justEnded.minusMonths(13));
        click("outcomes-compare");
        assertThat(byId(Select.class, "outcomes-to").isInvalid()).isTrue();
        assertThat(byId(Select.class, "outcomes-to").getErrorMessage()).isEqualTo("The last month must be the same as or after the first month.");
    }

    @Test
    void anAdministratorSeesOnlyTheMonthlyEmailsAndIsToldNextToTheFieldWhoMayNotBeSentAReport() {
        ui.signInAs("adam");
        ui.navigate("outcomes");
        assertThat(shown("outcomes-snapshots")).isFalse();
        assertThat(shown("outcomes-pdf")).isFalse();

        _setValue(byId(Select.class, "outcomes-recipient"), FakeOutcomeClient.CORA);
        _setValue(byId(Select.class, "outcomes-report"), ScheduledReport.OUTCOMES);
        click("outcomes-subscribe");
        assertThat(rows(grid("outcomes-subscriptions"))).contains("Cora Commissioner, Outcomes report");

        // The fake, as the API, refuses the outcomes report to an administrator (the choices come from the API).
        Select<ReportRecipient> recipient = byId(Select.class, "outcomes-recipient");
        _setValue(recipient, FakeOutcomeClient.ADAM);
        @SuppressWarnings("unchecked")
        Select<ScheduledReport> report = byId(Select.class, "outcomes-report");
        assertThat(report.getListDataView().getItems()).containsExactly(ScheduledReport.KPI_SUMMARY);
        api.failNext(io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY, new uk.homecare.portal.api.problem.Problem(
                "urn:homecare-portal:problem:recipient-not-allowed", "Unprocessable", 422, "Not allowed.",
                java.util.List.of(new uk.homecare.portal.api.problem.Problem.FieldError("accountId", "Choose a commissioner."))));
        _setValue(report, ScheduledReport.KPI_SUMMARY);
        click("outcomes-subscribe");
        assertThat(recipient.isInvalid()).isTrue();
        assertThat(recipient.getErrorMessage()).isEqualTo("Choose a commissioner.");

        _click((Button) _getCellComponent(grid("outcomes-subscriptions"), 0, "actions"));
        assertThat(api.subscriptions).isEmpty();
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void peopleWhoAreNotCouncilStaffMayNotOpenThePage() {
        ui.signInAs("pete");
        ui.navigate("outcomes");
        expectView(AccessDeniedView.class);
    }
}
