package uk.homecare.portal.ui.hoursbank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** A session booked on a day before the first one it may be on is red with words saying which day that is, not red alone. */
@Tag("calendar")
class ABookingInThePastSaysWhyTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        ui.hoursBank().balances.put(FakeIdentityClient.SUE.id(), Balances.asOf(ui.clock()).balance(FakeIdentityClient.SUE, 750, 210));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aBookingInThePastSaysTheFirstDayItMayBeOn() {
        ui.signInAs("sue");
        ui.navigate("hours");
        DatePicker date = byId(DatePicker.class, "booking-date");
        _setValue(date, ui.clock().today().minusDays(3));

        click("booking-form-submit");

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Choose today or a later day.");
        assertThat(ui.hoursBank().lastForm).isNull();
    }
}
