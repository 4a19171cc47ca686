package uk.homecare.portal.ui.hoursbank;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.notificationTexts;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.Dates;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** A person receiving care, or their carer, reads and uses the hours bank. */
@Tag("calendar")
class MyHoursTest {

    private static final NamedRef SUE = FakeIdentityClient.SUE;
    private static final NamedRef MARY = FakeIdentityClient.MARY;
    private static final NamedRef TOM = FakeIdentityClient.TOM;

    private KaribuUi ui;
    private MovableClock clock;
    private FakeHoursBankClient api;
    private Balances balances;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.hoursBank();
        balances = Balances.asOf(clock);
        api.balances.put(SUE.id(), balances.balance(SUE, 750, 210));
        api.balances.put(MARY.id(), balances.balance(MARY, 600, 0));
        api.balances.put(TOM.id(), balances.balance(TOM, 120, 0));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void openAs(String username) {
        ui.signInAs(username);
        ui.navigate("hours");
    }

    private static String remaining() {
        return byId(H3.class, "hours-remaining").getText();
    }

    private Booking booked(NamedRef person, int daysAhead, LocalTime start, int minutes) {
        Booking booking = FakeHoursBankClient.aBooking(person, clock.today().plusDays(daysAhead), start, minutes);
        api.bookings.add(booking);
        return booking;
    }

    @Test
    void theBalanceIsShownInPlainWordsWithTheLots() {
        openAs("sue");

        assertThat(remaining()).isEqualTo("You have 12 hours 30 minutes to use");
        String lots = rows(grid("hours-lots"));
        assertThat(lots).contains(Dates.day(balances.firstMonday()), Dates.day(balances.firstExpiry()), "10 h", "6 h 30 min",
                "3 h 30 min (expires within a week)", Dates.day(balances.firstMonday().plusWeeks(1)),
                Dates.day(balances.firstExpiry().plusWeeks(1)));
        assertThat(api.lastPersonId).isEqualTo(SUE.id());
        assertThat(api.lastAuthorization).isEqualTo("Bearer token-of-sue");
        assertThat(shown("hours-person")).as("one person needs no chooser").isFalse();
    }

    @Test
    void hoursExpiringWithinAWeekAreWarnedOfPlainly() {
        openAs("sue");

        Paragraph warning = byId(Paragraph.class, "hours-expiring");
        assertThat(warning.getText())
                .isEqualTo("3 hours 30 minutes expire on " + Dates.day(balances.firstExpiry()) + " \u2014 use them or lose them.");
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void noWarningWhenNothingExpiresSoon() {
        openAs("carl");

        assertThat(remaining()).isEqualTo("Mary Jones has 10 hours to use");
        assertThat(shown("hours-expiring")).isFalse();
    }

    @Test
    void aCarerWithTwoPeopleChoosesWhomToActFor() {
        openAs("cath");

        Select<NamedRef> person = byId(Select.class, "hours-person");
        assertThat(person.getListDataView().getItems()).containsExactly(MARY, TOM);
        assertThat(byId(Paragraph.class, "hours-whom").getText()).isEqualTo("Choose whose hours to see.");
        assertThat(shown("hours-remaining")).as("nobody's hours before choosing").isFalse();

        _setValue(person, TOM);

        assertThat(remaining()).isEqualTo("Tom Jones has 2 hours to use");
        assertThat(byId(Paragraph.class, "hours-whom").getText()).isEqualTo("You are acting for Tom Jones.");
        assertThat(api.lastPersonId).isEqualTo(TOM.id());
    }

    @Test
    void aCarerIsToldWhomTheyAreActingFor() {
        openAs("carl");

        assertThat(shown("hours-person")).isFalse();
        assertThat(byId(Paragraph.class, "hours-whom").getText()).isEqualTo("You are acting for Mary Jones.");
        assertThat(api.lastPersonId).isEqualTo(MARY.id());
    }

    @Test
    void aCarerCannotOpenTheHoursOfSomeoneTheyAreNotLinkedTo() {
        ui.signInAs("cath");
        api.lastPersonId = null; // the home page read the hours of the people Cath acts for
        UI.getCurrent().navigate("hours", QueryParameters.of(MyHoursView.PERSON_PARAMETER, SUE.id().toString()));

        assertThat(byId(Paragraph.class, "hours-whom").getText()).isEqualTo("Choose whose hours to see.");
        assertThat(api.lastPersonId).isNull();
        assertThat(shown("hours-balance")).isFalse();
    }

    @Test
    void aSessionOfAnOddLengthCanBeChangedAndKeepsItsLength() {
        Booking booking = booked(SUE, 4, LocalTime.of(10, 0), 20);
        openAs("sue");

        click("booking-" + booking.id() + "-change");
        _setValue(byId(TimePicker.class, "booking-start"), LocalTime.of(11, 0));
        click("booking-form-submit");

        assertThat(api.lastForm).isEqualTo(new BookingForm(booking.date(), LocalTime.of(11, 0), 20));
    }

    @Test
    void aCarerLinkedToNobodyIsToldSo() {
        api.peopleOf.put("carl", List.of());
        openAs("carl");

        assertThat(byId(Paragraph.class, "hours-whom").getText()).startsWith("You are not linked to anyone yet");
        assertThat(shown("hours-balance")).isFalse();
    }

    @Test
    void theSessionsAreListedByWeekAndDay() {
        LocalDate day = clock.today().plusDays(2);
        booked(SUE, 2, LocalTime.of(14, 0), 60);
        booked(SUE, 2, LocalTime.of(9, 30), 150);
        openAs("sue");

        String sessions = textOf(byId(Component.class, "hours-bookings"));
        LocalDate itsMonday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(sessions).contains("Week starting " + Dates.day(itsMonday), Dates.day(day));
        assertThat(sessions.indexOf("09:30 to 12:00, 2 h 30 min: Booked")).isLessThan(sessions.indexOf("14:00 to 15:00, 1 h: Booked"));
        assertThat(api.lastFrom).isEqualTo(clock.monday());
        assertThat(api.lastTo).isEqualTo(clock.monday().plusWeeks(5).minusDays(1));
    }

    private void fillInTheBookingForm(LocalDate date, LocalTime start, int minutes) {
        _setValue(byId(DatePicker.class, "booking-date"), date);
        _setValue(byId(TimePicker.class, "booking-start"), start);
        _setValue(byId(Select.class, "booking-minutes"), minutes);
    }

    @Test
    void bookingSendsDateTimeAndMinutes() {
        openAs("sue");
        LocalDate date = clock.today().plusDays(7);
        fillInTheBookingForm(date, LocalTime.of(10, 30), 150);
        click("booking-form-submit");

        assertThat(api.lastForm).isEqualTo(new BookingForm(date, LocalTime.of(10, 30), 150));
        assertThat(api.lastPersonId).isEqualTo(SUE.id());
        assertThat(textOf(byId(Component.class, "hours-bookings")))
                .contains("10:30 to 13:00, 2 h 30 min: Booked");
        assertThat(remaining()).isEqualTo("You have 10 hours to use");
        assertThat(byId(DatePicker.class, "booking-date").getValue()).as("the form is ready for the next").isNull();
    }

    @Test
    void sendingTheSameBookingAgainSendsTheSameIdempotencyKeySoItIsBookedOnceAndOtherValuesANewKey() {
        openAs("sue");
        LocalDate date = clock.today().plusDays(8);
        fillInTheBookingForm(date, LocalTime.of(9, 0), 60);
        api.failNext(HttpStatus.CONFLICT, new Problem("about:blank", "Not now", 409, "Not now", null));
        click("booking-form-submit");
        click("booking-form-submit");
        fillInTheBookingForm(date, LocalTime.of(9, 0), 90);
        click("booking-form-submit");

        assertThat(api.bookingKeys).hasSize(3).doesNotContainNull();
        assertThat(api.bookingKeys.get(1)).as("a retry of the same values").isEqualTo(api.bookingKeys.get(0));
        assertThat(api.bookingKeys.get(2)).as("other values").isNotEqualTo(api.bookingKeys.get(0));
    }

    @Test
    void theLengthStartsAtTheMinimumVisitAndSaysSo() {
        openAs("sue");

        Select<Integer> length = byId(Select.class, "booking-minutes");
        assertThat(length.getListDataView().getItems().findFirst()).contains(30);
        assertThat(length.getHelperText()).isEqualTo("At least 30 minutes, in steps of 15 minutes.");
    }

    @Test
    void aRefusedBookingShowsTheReasonAndKeepsTheInput() {
        openAs("sue");
        LocalDate date = clock.today().plusDays(9);
        fillInTheBookingForm(date, LocalTime.of(11, 0), 180);
        String reason = "Not enough hours on " + Dates.day(date) + ": this booking needs 3 hours, you have 2 hours 15 minutes.";
        api.failNext(HttpStatus.CONFLICT, new Problem("about:blank", "Not enough hours", 409, reason, null));

        click("booking-form-submit");

        Paragraph refusal = byId(Paragraph.class, "booking-refusal");
        assertThat(refusal.getText()).isEqualTo(reason);
        assertThat(refusal.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(byId(DatePicker.class, "booking-date").getValue()).isEqualTo(date);
        assertThat(byId(TimePicker.class, "booking-start").getValue()).isEqualTo(LocalTime.of(11, 0));
        assertThat(byId(Select.class, "booking-minutes").getValue()).isEqualTo(180);
        assertThat(notificationTexts()).as("not the generic 'someone else changed this'").isEmpty();
        assertThat(api.bookings).isEmpty();
    }

    @Test
    void cancellingAsksForConfirmationThenGivesTheHoursBack() {
        api.balances.put(SUE.id(), balances.balance(SUE, 120, 0));
        Booking booking = booked(SUE, 3, LocalTime.of(10, 0), 60);
        openAs("sue");
        assertThat(remaining()).isEqualTo("You have 2 hours to use");

        click("booking-" + booking.id() + "-cancel");

        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(getText(dialog)).contains("10:00", "1 h", "given back");
        assertThat(api.bookings.get(0).status()).as("nothing cancelled before confirming").isEqualTo(BookingStatus.BOOKED);

        _fireConfirm(dialog);

        assertThat(api.lastBookingId).isEqualTo(booking.id());
        assertThat(api.bookings.get(0).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(remaining()).isEqualTo("You have 3 hours to use");
        assertThat(textOf(byId(Component.class, "hours-bookings"))).contains("10:00 to 11:00, 1 h: Cancelled");
        assertThat(shown("booking-" + booking.id() + "-cancel")).isFalse();
    }

    @Test
    void changingABookingSendsTheNewTimes() {
        Booking booking = booked(SUE, 4, LocalTime.of(10, 0), 60);
        openAs("sue");

        click("booking-" + booking.id() + "-change");
        assertThat(byId(TimePicker.class, "booking-start").getValue()).isEqualTo(LocalTime.of(10, 0));
        assertThat(byId(Select.class, "booking-minutes").getValue()).isEqualTo(60);
        _setValue(byId(TimePicker.class, "booking-start"), LocalTime.of(14, 0));
        _setValue(byId(Select.class, "booking-minutes"), 90);
        click("booking-form-submit");

        assertThat(api.lastForm).isEqualTo(new BookingForm(booking.date(), LocalTime.of(14, 0), 90));
        assertThat(api.lastBookingId).isEqualTo(booking.id());
        assertThat(api.bookings).singleElement().satisfies(changed -> {
            assertThat(changed.id()).isEqualTo(booking.id());
            assertThat(changed.startTime()).isEqualTo(LocalTime.of(14, 0));
        });
    }

    @Test
    void pastAndCancelledSessionsCannotBeChanged() {
        Booking past = booked(SUE, -1, LocalTime.of(10, 0), 60);
        openAs("sue");

        assertThat(shown("booking-" + past.id() + "-change")).isFalse();
        assertThat(shown("booking-" + past.id() + "-cancel")).isFalse();
    }

    @Test
    void aSessionCanBeChangedUntilItStarts() {
        clock.set(clock.today(), LocalTime.of(12, 0));
        Booking started = booked(SUE, 0, LocalTime.of(11, 30), 60);
        Booking later = booked(SUE, 0, LocalTime.of(12, 30), 60);
        openAs("sue");

        assertThat(shown("booking-" + started.id() + "-change")).isFalse();
        assertThat(shown("booking-" + later.id() + "-change")).isTrue();

        clock.advance(Duration.ofMinutes(31));
        openAs("sue");

        assertThat(shown("booking-" + later.id() + "-change")).isFalse();
        assertThat(shown("booking-" + later.id() + "-cancel")).isFalse();
    }

    @Test
    void theStatementIsOfThisMonthSoFarUnlessChanged() {
        openAs("sue");

        assertThat(byId(DatePicker.class, "statement-from").getValue()).isEqualTo(clock.today().withDayOfMonth(1));
        assertThat(byId(DatePicker.class, "statement-to").getValue()).isEqualTo(clock.today());
    }

    @Test
    void theStatementDownloadsTheCsvForThePeriod() {
        LocalDate from = clock.today().withDayOfMonth(1).minusMonths(1);
        LocalDate to = from.with(TemporalAdjusters.lastDayOfMonth());
        api.statementCsv = "date,movement,minutes\n" + from.plusDays(1) + ",CREDIT,600\n";
        openAs("sue");
        _setValue(byId(DatePicker.class, "statement-from"), from);
        _setValue(byId(DatePicker.class, "statement-to"), to);

        click("statement-download");

        assertThat(api.statements).containsExactly(new FakeHoursBankClient.Statement(SUE.id(), from, to));
        Anchor file = byId(Anchor.class, "statement-file");
        assertThat(file.getText()).contains("hours-statement-" + from + "-" + to + ".csv");
        assertThat(new String(_download(file), StandardCharsets.UTF_8)).isEqualTo(api.statementCsv);
    }

    @Test
    void aStatementEndingBeforeItStartsIsNotAskedFor() {
        openAs("sue");
        _setValue(byId(DatePicker.class, "statement-from"), clock.today());
        _setValue(byId(DatePicker.class, "statement-to"), clock.today().minusDays(1));

        click("statement-download");

        DatePicker to = byId(DatePicker.class, "statement-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end must be on or after the start.");
        assertThat(byId(DatePicker.class, "statement-from").isInvalid()).isFalse();
        assertThat(api.statements).as("no statement asked for").isEmpty();
        assertThat(shown("statement-file")).isFalse();
    }

    @Test
    void justAfterMidnightInSummerTodayIsTheUkDateNotTheUtcOne() {
        // 00:30 in the UK on 1 July is still 30 June in UTC, the zone of the application's clock
        LocalDate firstOfJuly = clock.today().withMonth(7).withDayOfMonth(1);
        clock.set(firstOfJuly, LocalTime.of(0, 30));
        // a plan begun three weeks before then, as the API would not let Sue book before her plan starts
        api.balances.put(SUE.id(), Balances.asOf(clock).balance(SUE, 750, 210));
        openAs("sue");

        assertThat(byId(DatePicker.class, "statement-from").getValue()).isEqualTo(firstOfJuly);
        assertThat(byId(DatePicker.class, "statement-to").getValue()).isEqualTo(firstOfJuly);
        assertThat(byId(DatePicker.class, "booking-date").getMin()).isEqualTo(firstOfJuly);
        assertThat(api.lastFrom).isEqualTo(firstOfJuly.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    @Test
    void aCommissionerSeesAPersonsHoursWithoutActingOnThem() {
        Booking booking = booked(SUE, 3, LocalTime.of(10, 0), 60);
        ui.signInAs("cora");
        UI.getCurrent().navigate("hours", QueryParameters.of(MyHoursView.PERSON_PARAMETER, SUE.id().toString()));

        assertThat(remaining()).isEqualTo("Sue Smith has 12 hours 30 minutes to use");
        assertThat(byId(Paragraph.class, "hours-whom").getText()).startsWith("You are looking at the hours of Sue Smith.");
        assertThat(shown("booking-form")).isFalse();
        assertThat(shown("booking-" + booking.id() + "-cancel")).isFalse();
    }

    @Test
    void aCommissionerReachesTheHoursOfSomeonePastTheFirstThousandPeople() {
        Person last = ui.people().addMany(1_100).getLast();
        api.balances.put(last.id(), balances.balance(new NamedRef(last.id(), "Given Zz-1100"), 600, 0));
        ui.signInAs("cora");
        UI.getCurrent().navigate("hours", QueryParameters.of(MyHoursView.PERSON_PARAMETER, last.id().toString()));

        assertThat(remaining()).isEqualTo("Given Zz-1100 has 10 hours to use");
        assertThat(byId(Paragraph.class, "hours-whom").getText()).startsWith("You are looking at the hours of Given Zz-1100.");
    }

    @Test
    void aCommissionerFindsWhoseHoursToSeeInTheRegister() {
        ui.signInAs("cora");
        ui.navigate("hours");
        assertThat(byId(Paragraph.class, "hours-whom").getText()).isEqualTo("Choose whose hours to see.");
        ComboBox<Person> chooser = byId(ComboBox.class, "hours-person-search");

        setUserInput(chooser, "mary");
        _setValue(chooser, getSuggestionItems(chooser).getFirst());

        assertThat(remaining()).isEqualTo("Mary Jones has 10 hours to use");
        assertThat(api.lastPersonId).isEqualTo(MARY.id());
    }

    @Test
    void anAdministratorLooksAtAPersonsHoursWithoutActingOnThem() {
        ui.signInAs("adam");
        UI.getCurrent().navigate("hours", QueryParameters.of(MyHoursView.PERSON_PARAMETER, SUE.id().toString()));

        assertThat(remaining()).isEqualTo("Sue Smith has 12 hours 30 minutes to use");
        assertThat(shown("booking-form")).isFalse();
    }

    @Test
    void someoneTheRegisterDoesNotHoldIsNotShown() {
        ui.signInAs("cora");
        UI.getCurrent().navigate("hours", QueryParameters.of(MyHoursView.PERSON_PARAMETER, UUID.randomUUID().toString()));

        assertThat(byId(Paragraph.class, "hours-whom").getText()).isEqualTo("Choose whose hours to see.");
        assertThat(shown("hours-balance")).isFalse();
        assertThat(notificationTexts()).isNotEmpty();
    }

    @Test
    void aCarerReadingSomeoneElsesHoursIsToldWhoseSessionsTheyAre() {
        openAs("carl");
        assertThat(byId(H3.class, "hours-bookings-title").getText()).isEqualTo("Mary Jones's sessions");
    }

    @Test
    void thePersonReadsTheirOwnSessionsAsTheirs() {
        openAs("sue");
        assertThat(byId(H3.class, "hours-bookings-title").getText()).isEqualTo("Your sessions");
    }

    @Test
    void theDateFieldSaysTheLastDayThatCanBeBookedWithinTheFourWeekWindow() {
        openAs("sue");
        LocalDate lastDay = clock.monday().plusDays(27);
        DatePicker date = byId(DatePicker.class, "booking-date");
        assertThat(date.getMax()).isEqualTo(lastDay);
        assertThat(date.getHelperText()).isEqualTo("Hours can be booked up to " + Dates.day(lastDay) + ": each week's hours last 4 weeks.");
        assertThat(date.getI18n().getMaxErrorMessage()).contains("within the 4-week window");
    }

    @Test
    void theApisRefusalOfADayBeyondTheWindowIsShownAtTheDateField() {
        openAs("sue");
        LocalDate date = clock.today().plusDays(9);
        fillInTheBookingForm(date, LocalTime.of(11, 0), 60);
        String rule = "Hours can only be booked within the 4-week window: each week's hours can be used for 4 weeks. "
                + "The last day you can book now is Sunday 3 January 2027.";
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("date", rule))));

        click("booking-form-submit");

        DatePicker field = byId(DatePicker.class, "booking-date");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(rule);
    }

    @Test
    void aBookingsSuccessMessageStaysUntilDismissedAndTheNextReplacesIt() {
        openAs("sue");
        fillInTheBookingForm(clock.today().plusDays(7), LocalTime.of(10, 30), 60);
        click("booking-form-submit");
        fillInTheBookingForm(clock.today().plusDays(8), LocalTime.of(9, 0), 60);
        click("booking-form-submit");

        var shown = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getDuration()).isZero();
        assertThat(notificationTexts()).singleElement().asString().contains(Dates.day(clock.today().plusDays(8)));
        click("success-message-dismiss");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).isEmpty();
    }
}
