package uk.homecare.portal.ui.hoursbank;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** The statement offers two downloads, a CSV for a spreadsheet and a printable PDF, in English and in Welsh. */
class StatementDownloadsTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeHoursBankClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.hoursBank();
        api.balances.put(FakeIdentityClient.SUE.id(), Balances.asOf(clock).balance(FakeIdentityClient.SUE, 750, 210));
        ui.signInAs("sue");
        ui.navigate("hours");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void period(LocalDate from, LocalDate to) {
        _setValue(byId(DatePicker.class, "statement-from"), from);
        _setValue(byId(DatePicker.class, "statement-to"), to);
    }

    @Test
    void theStatementOffersACsvAndAPrintablePdf() {
        assertThat(byId(Button.class, "statement-download").getText()).isEqualTo("Download CSV");
        assertThat(byId(Button.class, "statement-download-pdf").getText()).isEqualTo("Download printable statement (PDF)");
        assertThat(byId(Paragraph.class, "statement-formats").getText()).contains("The CSV opens in a spreadsheet; the PDF is for reading and printing.");
    }

    @Test
    void thePrintableStatementDownloadsThePdfOfThePeriod() {
        LocalDate from = clock.today().withDayOfMonth(1);
        LocalDate to = clock.today();
        api.statementPdf = "%PDF-1.7 a statement".getBytes(StandardCharsets.US_ASCII);
        period(from, to);

        click("statement-download-pdf");

        assertThat(api.printableStatements).containsExactly(new FakeHoursBankClient.Statement(FakeIdentityClient.SUE.id(), from, to));
        assertThat(api.statements).as("no CSV asked for").isEmpty();
        Anchor file = byId(Anchor.class, "statement-file");
        assertThat(file.getText()).isEqualTo("Save the statement: hours-statement-" + from + "-" + to + ".pdf");
        assertThat(_download(file)).isEqualTo(api.statementPdf);
    }

    @Test
    void theCsvStillDownloadsBesideIt() {
        LocalDate from = clock.today().withDayOfMonth(1);
        api.statementCsv = "When (UK time),What,Hours in\n" + from + ",Credit,10 hours\n";
        period(from, clock.today());

        click("statement-download");

        assertThat(api.printableStatements).isEmpty();
        Anchor file = byId(Anchor.class, "statement-file");
        assertThat(file.getText()).endsWith(".csv");
        assertThat(new String(_download(file), StandardCharsets.UTF_8)).isEqualTo(api.statementCsv);
    }

    @Test
    void aPeriodEndingBeforeItStartsAsksForNoPdf() {
        period(clock.today(), clock.today().minusDays(1));

        click("statement-download-pdf");

        assertThat(byId(DatePicker.class, "statement-to").isInvalid()).isTrue();
        assertThat(api.printableStatements).isEmpty();
        assertThat(shown("statement-file")).isFalse();
    }

    @Test
    void inWelshBothDownloadsAreOfferedInWelsh() {
        Me sue = ui.identity().person("sue");
        ui.identity().add(new Me(sue.id(), sue.username(), sue.displayName(), sue.role(), sue.council(), sue.organisation(),
                sue.councils(), sue.actingFor(), "cy", sue.capabilities()));
        ui.signInAs("sue");
        ui.navigate("hours");

        assertThat(byId(Button.class, "statement-download").getText()).isEqualTo("Lawrlwytho CSV");
        assertThat(byId(Button.class, "statement-download-pdf").getText()).isEqualTo("Lawrlwytho datganiad i'w argraffu (PDF)");
    }
}
