package uk.homecare.portal.ui.hoursbank;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;

import com.vaadin.flow.component.button.Button;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.hoursbank.LedgerMismatch;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.testing.Dates;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** Every hours bank screen in words from the bundle, and every input with a label a screen reader can read. */
@Tag("calendar")
class HoursBankTextsTest {

    private final Messages messages = new Messages();
    private KaribuUi ui;
    private MovableClock clock;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        var api = ui.hoursBank();
        var balances = Balances.asOf(clock);
        api.balances.put(FakeIdentityClient.SUE.id(), balances.balance(FakeIdentityClient.SUE, 750, 210));
        api.balances.put(FakeIdentityClient.MARY.id(), balances.balance(FakeIdentityClient.MARY, 0, 0));
        // tomorrow's session can still be changed and cancelled; today's is one to record as delivered
        api.bookings.add(FakeHoursBankClient.aBooking(FakeIdentityClient.SUE, clock.today().plusDays(1), LocalTime.of(10, 0), 60));
        api.bookings.add(FakeHoursBankClient.aBooking(FakeIdentityClient.MARY, clock.today(), LocalTime.of(9, 0), 45));
        api.plans.add(balances.plan(FakeIdentityClient.SUE));
        api.ledgerCheck = new LedgerCheck(3, List.of(new LedgerMismatch(UUID.randomUUID(), UUID.randomUUID(), 60, 30)));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyBookingStatusHasALabel() {
        for (BookingStatus status : BookingStatus.values()) {
            assertThat(messages.keys()).contains("booking.status." + status.name());
        }
    }

    @Test
    void amountsReadAsPeopleSayThem() {
        assertThat(messages.getTranslation("duration.hours", Locale.UK, 1)).isEqualTo("1 hour");
        assertThat(messages.getTranslation("duration.minutes", Locale.UK, 1)).isEqualTo("1 minute");
        String sunday = Dates.day(clock.monday().plusDays(6));
        assertThat(messages.getTranslation("hours.expiring", Locale.UK, "1 hour", sunday, 1))
                .isEqualTo("1 hour expires on " + sunday + " \u2014 use them or lose them.");
        assertThat(messages.getTranslation("ledger.allMatch", Locale.UK, 1)).isEqualTo("The 1 balance matches the ledger.");
    }

    @Test
    void everyHoursBankViewAServiceUserOpensIsFullyTranslatedAndLabelled() {
        ui.signInAs("sue");
        ui.navigate("hours");
        assertTranslatedAndLabelled();
        Screen.click("booking-" + ui.hoursBank().bookings.get(0).id() + "-change");
        assertTranslatedAndLabelled();
        Screen.click("booking-" + ui.hoursBank().bookings.get(0).id() + "-cancel");
        assertTranslatedAndLabelled();
        ui.hoursBank().statementCsv = "a,b\n";
        Screen.click("statement-download");
        assertTranslatedAndLabelled();
    }

    @Test
    void everyHoursBankViewACarerOpensIsFullyTranslatedAndLabelled() {
        ui.signInAs("cath");
        ui.navigate("hours");
        assertTranslatedAndLabelled();
        ui.signInAs("carl");
        ui.navigate("hours");
        assertTranslatedAndLabelled();
    }

    @Test
    void everyHoursBankViewTheCouncilAndProvidersOpenIsFullyTranslatedAndLabelled() {
        ui.signInAs("cora");
        ui.navigate("hours-plans");
        assertTranslatedAndLabelled();
        ui.signInAs("pete");
        ui.navigate("deliveries");
        assertTranslatedAndLabelled();
        // the second row is today's session, the first to record
        _click((Button) _getCellComponent(Screen.grid("deliveries-grid"), 1, "actions"));
        assertTranslatedAndLabelled();
        ui.signInAs("adam");
        ui.navigate("hours-bank-check");
        Screen.click("ledger-check-run");
        assertTranslatedAndLabelled();
    }
}
