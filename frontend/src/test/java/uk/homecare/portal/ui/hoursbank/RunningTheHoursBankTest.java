package uk.homecare.portal.ui.hoursbank;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.hoursbank.LedgerMismatch;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.person.PeoplePages;
import uk.homecare.portal.ui.testing.Dates;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakePeopleClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** The commissioner gives plans, the provider records deliveries, the administrator checks the ledger; nobody else may. */
@Tag("calendar")
class RunningTheHoursBankTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeHoursBankClient api;
    private LocalDate nextMonday;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.hoursBank();
        nextMonday = clock.monday().plusWeeks(1);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private Person sue() {
        return ui.people().person(FakeIdentityClient.SUE.id());
    }

    private Provider fillInThePlanForm(LocalDate startsOn) {
        Provider provider = ui.reference().providers.get(0);
        _setValue(byId(ComboBox.class, "plan-person"), sue());
        _setValue(byId(ComboBox.class, "plan-provider"), provider);
        _setValue(byId(BigDecimalField.class, "plan-weekly-hours"), new BigDecimal("7.5"));
        _setValue(byId(DatePicker.class, "plan-starts-on"), startsOn);
        return provider;
    }

    @Test
    void theCommissionerSeesThePlansEachLinkingToThePersonsHours() {
        Balances balances = Balances.asOf(clock);
        api.plans.add(balances.plan(FakeIdentityClient.MARY));
        ui.signInAs("cora");
        ui.navigate("hours-plans");

        assertThat(rows(grid("hours-plans-grid")))
                .contains("Mary Jones", "Caring Hands Ltd", "10 h", Dates.day(balances.firstMonday()));
    }

    @Test
    void aPlanIsSentInMinutesFromAMonday() {
        ui.signInAs("cora");
        ui.navigate("hours-plans");
        Provider provider = fillInThePlanForm(nextMonday);

        click("plan-form-submit");

        assertThat(api.lastForm).isEqualTo(new PlanForm(FakeIdentityClient.SUE.id(), provider.id(), 450, nextMonday, null));
        assertThat(rows(grid("hours-plans-grid"))).contains("Sue Smith", "7 h 30 min");
    }

    @Test
    void anyoneInTheRegisterIsFoundForAPlanEvenPastTheFirstThousand() {
        Person last = ui.people().addMany(1_100).getLast();
        ui.signInAs("cora");
        ui.navigate("hours-plans");
        fillInThePlanForm(nextMonday);
        ComboBox<Person> person = byId(ComboBox.class, "plan-person");

        setUserInput(person, "zz-1100");
        List<Person> found = getSuggestionItems(person);
        _setValue(person, found.getFirst());
        click("plan-form-submit");

        assertThat(found).containsExactly(last);
        assertThat(ui.people().pagesAsked).contains(new FakePeopleClient.PageAsked("zz-1100", 0, PeoplePages.PAGE_SIZE))
                .allSatisfy(page -> assertThat(page.size()).isLessThanOrEqualTo(100));
        assertThat(((PlanForm) api.lastForm).personId()).isEqualTo(last.id());
    }

    @Test
    void thePersonIsNamedWithWhatTellsThemApart() {
        ui.signInAs("cora");
        ui.navigate("hours-plans");
        ComboBox<Person> person = byId(ComboBox.class, "plan-person");

        setUserInput(person, "CV1");

        assertThat(getSuggestions(person)).singleElement(STRING)
                .startsWith("Sue Smith (born ").endsWith("1940, 943 476 5919, CV1 3BH)");
    }

    @Test
    void aPlanStartingOnATuesdayShowsTheServerErrorOnStartsOn() {
        ui.signInAs("cora");
        ui.navigate("hours-plans");
        LocalDate aTuesday = nextMonday.plusDays(1);
        fillInThePlanForm(aTuesday); // the fake refuses it as the API does (the app's contract test holds it to that)

        click("plan-form-submit");

        DatePicker startsOn = byId(DatePicker.class, "plan-starts-on");
        assertThat(startsOn.isInvalid()).isTrue();
        assertThat(startsOn.getErrorMessage()).isEqualTo("A plan starts on a Monday.");
        assertThat(startsOn.getValue()).isEqualTo(aTuesday);
        assertThat(((PlanForm) api.lastForm).startsOn()).isEqualTo(aTuesday);
        assertThat(api.plans).isEmpty();
    }

    @Test
    void aProviderRecordsADeliveryWithActualMinutes() {
        LocalDate today = clock.today();
        Booking booking = FakeHoursBankClient.aBooking(FakeIdentityClient.MARY, today, LocalTime.of(9, 0), 60);
        api.bookings.add(booking);
        ui.signInAs("pete");
        ui.navigate("deliveries");
        assertThat(api.lastFrom).as("this week and next").isEqualTo(clock.monday());
        assertThat(api.lastTo).isEqualTo(clock.monday().plusDays(13));
        assertThat(rows(grid("deliveries-grid"))).contains("09:00", "Mary Jones", "1 h", "Booked");

        _click((Button) _getCellComponent(grid("deliveries-grid"), 0, "actions"));
        IntegerField actual = byId(IntegerField.class, "delivery-actual-minutes");
        assertThat(actual.getValue()).as("prefilled with the booked minutes").isEqualTo(60);
        _setValue(actual, 45);
        click("delivery-form-submit");

        assertThat(api.lastForm).isEqualTo(new DeliveryForm(45));
        assertThat(api.lastBookingId).isEqualTo(booking.id());
        assertThat(api.bookings.get(0).status()).isEqualTo(BookingStatus.DELIVERED);
        assertThat(byId(Paragraph.class, "delivery-result").getText())
                .isEqualTo("Recorded: 45 min delivered for Mary Jones on " + Dates.day(today) + ".");
        assertThat(rows(grid("deliveries-grid"))).contains("Delivered", "45 min");
        assertThat(_getCellComponent(grid("deliveries-grid"), 0, "actions")).isNotInstanceOf(Button.class);
    }

    @Test
    void theLedgerCheckSaysAllBalancesMatch() {
        api.ledgerCheck = new LedgerCheck(42, List.of());
        ui.signInAs("adam");
        ui.navigate("hours-bank-check");

        click("ledger-check-run");

        assertThat(byId(Paragraph.class, "ledger-outcome").getText()).isEqualTo("All 42 balances match the ledger.");
        assertThat(shown("ledger-mismatches")).isFalse();
    }

    @Test
    void theLedgerCheckListsTheBalancesThatDoNotMatch() {
        var mismatch = new LedgerMismatch(UUID.randomUUID(), FakeIdentityClient.SUE.id(), 600, 540);
        api.ledgerCheck = new LedgerCheck(42, List.of(mismatch));
        ui.signInAs("adam");
        ui.navigate("hours-bank-check");

        click("ledger-check-run");

        assertThat(byId(Paragraph.class, "ledger-outcome").getText()).isEqualTo("1 of 42 balances do not match the ledger.");
        assertThat(rows(grid("ledger-mismatches"))).contains(mismatch.lotId().toString(), "10 h", "9 h");
    }

    @Test
    void aServiceUserCannotOpenThePlansPage() {
        ui.signInAs("sue");
        ui.navigate("hours-plans");
        expectView(AccessDeniedView.class);
    }

    @Test
    void eachHoursBankPageIsClosedToTheRolesItIsNotFor() {
        ui.signInAs("carl");
        for (String page : List.of("hours-plans", "deliveries", "hours-bank-check")) {
            ui.navigate(page);
            expectView(AccessDeniedView.class);
        }
        ui.signInAs("pete");
        ui.navigate("hours");
        expectView(AccessDeniedView.class);
    }
}
