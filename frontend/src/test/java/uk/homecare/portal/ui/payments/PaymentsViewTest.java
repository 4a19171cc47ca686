package uk.homecare.portal.ui.payments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.payments.CorrectionForm;
import uk.homecare.portal.api.payments.LineAdjustment;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.testing.FakePaymentsClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The commissioner builds a schedule, resolves its exceptions, finalises it, corrects it and downloads it; a provider reads its remittances. */
class PaymentsViewTest {

    private KaribuUi ui;
    private FakePaymentsClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakePaymentsClient.class);
        api.reset();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aCommissionerBuildsAProvidersScheduleForAPeriodFromAMonday() {
        ui.signInAs("cora");
        ui.navigate("payments");
        Select<Provider> provider = byId(Select.class, "payments-provider");
        Provider chosen = provider.getListDataView().getItems().findFirst().orElseThrow();
        LocalDate monday = ui.clock().monday().minusWeeks(5);
        _setValue(provider, chosen);
        _setValue(byId(DatePicker.class, "payments-period-start"), monday);

        click("payments-build");

        assertThat(api.lastForm).isEqualTo(new PaymentScheduleForm(chosen.id(), monday));
        assertThat(rows(grid("payments-schedules"))).contains("Caring Hands Ltd");
        assertThat(shown("payments-detail")).isTrue();
        assertThat(shown("payments-finalise")).as("an exception is open").isFalse();
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void aCommissionerBuildsEveryProvidersScheduleForAPeriodWithoutChoosingAProviderAndIsToldThePeriodIsNeeded() {
        ui.signInAs("cora");
        ui.navigate("payments");
        DatePicker periodStart = byId(DatePicker.class, "payments-period-start");

        click("payments-build-all");

        assertThat(api.lastForm).as("nothing sent without a period").isNull();
        assertThat(periodStart.isInvalid()).isTrue();
        assertThat(periodStart.getErrorMessage()).isNotBlank();

        LocalDate monday = ui.clock().monday().minusWeeks(5);
        _setValue(periodStart, monday);
        click("payments-build-all");

        assertThat(api.lastForm).isEqualTo(new PaymentRunForm(monday));
        assertThat(rows(grid("payments-schedules"))).contains("Caring Hands Ltd");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void aCommissionerApprovesAndAdjustsExceptionsThenFinalisesAfterConfirmingAndCorrects() {
        PaymentSchedule schedule = api.draft("Caring Hands Ltd", ui.clock().monday().minusWeeks(5));
        ui.signInAs("cora");
        ui.navigate("payments");
        Grid<PaymentSchedule> schedules = grid("payments-schedules");
        schedules.asSingleSelect().setValue(schedule);
        Grid<PaymentLine> lines = grid("payments-lines");
        PaymentLine missed = schedule.lines().get(1);

        lines.asSingleSelect().setValue(schedule.lines().getFirst());
        assertThat(shown("payments-approve")).as("a line without an exception").isFalse();
        lines.asSingleSelect().setValue(missed);
        assertThat(byId(BigDecimalField.class, "payments-adjust-rate").getPrefixComponent()).as("a rate is typed in pounds").isNotNull();
        _setValue(byId(IntegerField.class, "payments-adjust-minutes"), 15);
        _setValue(byId(TextField.class, "payments-adjust-reason"), "Cancelled at the door");
        click("payments-adjust");

        assertThat(api.lastForm).isEqualTo(new LineAdjustment(missed.id(), 15, null, "Cancelled at the door"));
        assertThat(shown("payments-finalise")).isTrue();

        click("payments-finalise");
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("payments-finalise-confirm")));

        assertThat(api.schedules.getFirst().status()).isEqualTo(PaymentStatus.FINAL);
        assertThat(shown("payments-finalise")).isFalse();
        assertThat(shown("payments-adjust")).isFalse();
        BigDecimalField correction = byId(BigDecimalField.class, "payments-correction-amount");
        _setValue(correction, new BigDecimal("-2.505"));
        _setValue(byId(TextField.class, "payments-correction-reason"), "Visit was short");
        click("payments-correction-add");

        assertThat(correction.isInvalid()).as("a fraction of a penny").isTrue();
        assertThat(correction.getErrorMessage()).contains("21.50");
        assertThat(api.lastForm).isNotInstanceOf(CorrectionForm.class);
        _setValue(correction, new BigDecimal("-2000000.00"));
        click("payments-correction-add");
        assertThat(correction.getErrorMessage()).contains("£1,000,000.00");
        _setValue(correction, new BigDecimal("-2.50"));
        click("payments-correction-add");

        assertThat(api.lastForm).as("typed in pounds, sent in pence").isEqualTo(new CorrectionForm(-250L, "Visit was short"));
        click("payments-download");
        assertThat(api.exported).contains(schedule.id().toString());
        assertThat(shown("payments-file")).isTrue();
    }

    @Test
    void aProviderReadsItsRemittancesVisitByVisit() {
        api.remittance("Coventry City Council", ui.clock().monday().minusWeeks(5));
        ui.signInAs("pete");
        ui.navigate("remittances");

        assertThat(rows(grid("remittances-grid"))).contains("Coventry City Council");
        grid("remittances-grid").asSingleSelect().setValue(grid("remittances-grid").getListDataView().getItems().findFirst().orElseThrow());

        assertThat(rows(grid("remittances-lines"))).contains("COV-1001");
        assertThat(shown("remittances-totals")).isTrue();
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void aProviderWithoutRemittancesIsToldSo() {
        ui.signInAs("pete");
        ui.navigate("remittances");

        assertThat(shown("remittances-none")).isTrue();
    }
}
