package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.MovableClock;

@MicronautTest(transactional = false)
@Tag("calendar")
class BookingsTest extends HoursBankTest {

    static final LocalDate TODAY = MovableClock.testDay();
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** The Monday of the week before the test day's. */
    static final LocalDate LAST_WEEK = thisWeek().minusWeeks(1);
    private static final DateTimeFormatter DAY_IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    /** A person with an hour a week from last week's Monday, at ten on the test day: the lots of last week and this week. */
    String personWithTwoLots() {
        clock.set(LAST_WEEK.plusDays(2), TEN);
        String person = newPerson();
        plan(person, 60, LAST_WEEK);
        tenOnTheTestDay();
        return person;
    }

    @Test
    void a_booking_draws_from_the_lot_that_expires_first() {
        String person = personWithTwoLots();

        book(person, person, TOMORROW, "10:00", 90);

        List<HoursLot> lots = balance(person, person).lots();
        assertThat(lots).extracting(HoursLot::weekStarts).containsExactly(LAST_WEEK, thisWeek());
        assertThat(lots).extracting(HoursLot::remainingMinutes).containsExactly(0, 30);
        assertThat(lots).extracting(HoursLot::usedMinutes).containsExactly(60, 30);
    }

    @Test
    void a_booking_draws_only_on_lots_whose_window_contains_its_day_and_is_refused_with_what_is_available() {
        String person = personWithTwoLots();
        LocalDate afterFirstWindow = lastDayOfWindow(LAST_WEEK).plusDays(1);

        var refusal = api().refusal(booking(person, person, afterFirstWindow, "10:00", 90));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
        assertThat(Api.problemOf(refusal).detail()).isEqualTo("Not enough hours for " + DAY_IN_WORDS.format(afterFirstWindow)
                + ": this booking needs 1 hour 30 minutes, and 1 hour can be used on that day.");
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(120);
        assertThat(number("select count(*) from hours_booking where person_id = ?", personOf(person))).isZero();
    }

    @Test
    void sessions_shorter_than_the_councils_minimum_visit_and_sessions_in_the_past_are_refused() {
        String person = personWithTwoLots();

        Problem tooShort = Api.problemOf(api().refusal(booking(person, person, TOMORROW, "10:00", 15)));
        Problem past = Api.problemOf(api().refusal(booking(person, person, TODAY.minusDays(1), "10:00", 30)));
        Problem earlierToday = Api.problemOf(api().refusal(booking(person, person, TODAY, "09:30", 30)));

        assertThat(tooShort.errors()).extracting(Problem.FieldError::field).containsExactly("minutes");
        assertThat(tooShort.detail()).contains("at least 30 minutes");
        assertThat(past.errors()).extracting(Problem.FieldError::field).containsExactly("date");
        assertThat(earlierToday.errors()).extracting(Problem.FieldError::field).containsExactly("date");
    }

    @Test
    void cancelling_gives_the_hours_back_to_the_lots_they_came_from() {
        String person = personWithTwoLots();
        Booking booking = book(person, person, TOMORROW, "10:00", 90);

        Booking cancelled = api().retrieve(api().as(person, POST("/api/people/" + personOf(person) + "/bookings/" + booking.id() + "/cancel", "")),
                Booking.class);

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(balance(person, person).lots()).extracting(HoursLot::remainingMinutes).containsExactly(60, 60);
        assertThat(api().refusal(api().as(person, POST("/api/people/" + personOf(person) + "/bookings/" + booking.id() + "/cancel", "")))
                .getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void changing_a_booking_draws_again_for_the_new_time_or_changes_nothing() {
        String person = personWithTwoLots();
        Booking booking = book(person, person, TOMORROW, "10:00", 60);
        String path = "/api/people/" + personOf(person) + "/bookings/" + booking.id();
        LocalDate dayAfter = TOMORROW.plusDays(1);

        Booking moved = api().retrieve(api().as(person, PUT(path, new BookingForm(dayAfter, LocalTime.of(14, 0), 90))), Booking.class);
        var tooLong = api().refusal(api().as(person, PUT(path, new BookingForm(dayAfter, LocalTime.of(14, 0), 150))));

        assertThat(moved.date()).isEqualTo(dayAfter);
        assertThat(moved.minutes()).isEqualTo(90);
        assertThat(tooLong.getStatus().getCode()).isEqualTo(409);
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(30);
        assertThat(api().retrieve(api().as(person, GET("/api/people/" + personOf(person) + "/bookings")), Argument.listOf(Booking.class)))
                .singleElement().satisfies(b -> assertThat(b.minutes()).isEqualTo(90));
    }

    @Test
    void the_provider_records_delivery_and_the_difference_is_given_back_or_drawn() {
        String person = personWithTwoLots();
        Booking shorter = book(person, person, TODAY, "14:00", 60);
        Booking longer = book(person, person, TODAY, "17:00", 30);
        clock.set(TODAY, LocalTime.of(20, 0));

        List<Booking> toDeliver = api().retrieve(api().as(PROVIDER, GET("/api/deliveries")), Argument.listOf(Booking.class));
        Booking deliveredShort = api().retrieve(api().as(PROVIDER, POST("/api/deliveries/" + shorter.id(), new DeliveryForm(45))), Booking.class);
        Booking deliveredLong = api().retrieve(api().as(PROVIDER, POST("/api/deliveries/" + longer.id(), new DeliveryForm(50))), Booking.class);
        var tooMuch = api().refusal(api().as(PROVIDER, POST("/api/deliveries/" + longer.id(), new DeliveryForm(500))));

        assertThat(toDeliver).extracting(Booking::id).contains(shorter.id(), longer.id());
        assertThat(deliveredShort.status()).isEqualTo(BookingStatus.DELIVERED);
        assertThat(deliveredShort.deliveredMinutes()).isEqualTo(45);
        assertThat(deliveredLong.deliveredMinutes()).isEqualTo(50);
        assertThat(tooMuch.getStatus().getCode()).as("already delivered").isEqualTo(409);
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(120 - 45 - 50);
    }

    @Test
    void a_delivery_longer_than_the_hours_left_is_refused_saying_in_hours_and_minutes_what_can_be_recorded() {
        String person = personWithTwoLots();
        Booking booking = book(person, person, TODAY, "14:00", 30);
        clock.set(TODAY, LocalTime.of(20, 0));

        var refusal = api().refusal(api().as(PROVIDER, POST("/api/deliveries/" + booking.id(), new DeliveryForm(300))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
        assertThat(Api.problemOf(refusal).detail())
                .isEqualTo("Only 1 hour 30 minutes more can be drawn for this session; record at most 2 hours.");
    }

    @Test
    void another_provider_cannot_record_a_delivery() {
        String person = personWithTwoLots();
        Booking booking = book(person, person, TODAY, "18:00", 60);

        var refusal = api().refusal(api().as("provider@coventry.demo", POST("/api/deliveries/" + booking.id(), new DeliveryForm(60))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void every_balance_rebuilt_from_the_ledger_matches_and_a_tampered_balance_is_found() {
        String person = personWithTwoLots();
        book(person, person, TOMORROW, "10:00", 90);

        LedgerCheck clean = api().retrieve(api().as("admin@bridgend.demo", GET("/api/hours-bank/check")), LedgerCheck.class);
        UUID lot = id("select id from hours_lot where person_id = ? order by week_starts desc limit 1", personOf(person));
        execute("update hours_lot set remaining_minutes = remaining_minutes - 10 where id = ?", lot);
        LedgerCheck tampered = api().retrieve(api().as("admin@bridgend.demo", GET("/api/hours-bank/check")), LedgerCheck.class);

        assertThat(clean.lotsChecked()).isGreaterThanOrEqualTo(2);
        assertThat(clean.mismatches()).isEmpty();
        assertThat(tampered.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.lotId()).isEqualTo(lot);
            assertThat(m.ledgerMinutes() - m.keptMinutes()).isEqualTo(10);
        });
        assertThatThrownBy(() -> execute("update hours_ledger set minutes = 0 where person_id = ?", personOf(person)))
                .hasMessageContaining("append-only");
    }

    @Test
    void the_statement_lists_every_credit_booking_cancellation_delivery_adjustment_and_expiry_of_the_period() throws Exception {
        String person = personWithTwoLots();
        Booking cancelled = book(person, person, TOMORROW, "10:00", 30);
        api().retrieve(api().as(person, POST("/api/people/" + personOf(person) + "/bookings/" + cancelled.id() + "/cancel", "")), Booking.class);
        Booking delivered = book(person, person, TOMORROW, "12:00", 60);
        clock.set(TOMORROW, LocalTime.of(20, 0));
        api().retrieve(api().as(PROVIDER, POST("/api/deliveries/" + delivered.id(), new DeliveryForm(40))), Booking.class);
        LocalDate firstWindowClosed = lastDayOfWindow(LAST_WEEK).plusDays(1);
        clock.set(firstWindowClosed, LocalTime.of(9, 0));
        balance(person, person);

        String csv = api().retrieve(api().as(person, GET("/api/people/" + personOf(person) + "/statement?from=" + LAST_WEEK + "&to="
                + firstWindowClosed)), String.class);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("What")).contains("Balance at the start", "Credit", "Booking", "Cancellation",
                "Delivery adjustment", "Expiry", "Balance at the end");
        assertThat(rows).filteredOn(r -> r.get("What").equals("Expiry")).singleElement()
                .satisfies(expiry -> assertThat(expiry.get("When (UK time)")).as("the midnight after the fourth Sunday")
                        .isEqualTo(firstWindowClosed + " 00:00"));
        CSVRecord closing = rows.stream().filter(r -> r.get("What").equals("Balance at the end")).findFirst().orElseThrow();
        int movements = rows.stream().filter(r -> !r.get("What").startsWith("Balance") && !r.get("What").startsWith("Will expire"))
                .mapToInt(r -> Integer.parseInt(r.get("Minutes"))).sum();
        assertThat(Integer.parseInt(closing.get("Minutes"))).isEqualTo(movements);
    }

    @Test
    void a_booking_beyond_the_four_week_window_is_refused_saying_the_rule_and_the_last_day_in_english_and_welsh() {
        String person = personWithTwoLots();
        LocalDate lastDay = thisWeek().plusDays(27);

        Problem english = Api.problemOf(api().refusal(booking(person, person, LocalDate.of(2099, 6, 1), "10:00", 60)));
        Problem welsh = Api.problemOf(api().refusal(booking(person, person, lastDay.plusDays(1), "10:00", 60)
                .header(io.micronaut.http.HttpHeaders.ACCEPT_LANGUAGE, "cy")));

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("date");
            assertThat(error.message()).isEqualTo("Hours can only be booked within the 4-week window: each week's hours can be used for 4 weeks. "
                    + "The last day you can book now is " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(lastDay) + ".");
        });
        assertThat(welsh.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .startsWith("Dim ond o fewn y cyfnod 4 wythnos y gellir archebu oriau")
                .endsWith(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("cy")).format(lastDay) + "."));
        assertThat(number("select count(*) from hours_booking where person_id = ?", personOf(person))).isZero();
        assertThat(balance(person, person).limits().lastDay()).as("the balance says the same last day").isEqualTo(lastDay);
        book(person, person, lastDay, "10:00", 30);
    }
}
