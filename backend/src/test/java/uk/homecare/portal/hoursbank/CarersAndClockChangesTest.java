package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.firstDayOfMonth;
import static java.time.temporal.TemporalAdjusters.lastDayOfMonth;
import static java.time.temporal.TemporalAdjusters.previousOrSame;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;

/** Carers acting for people, and the UK's clock changes: the next ones from the test day on, whatever day that is. */
@MicronautTest(transactional = false)
@Tag("calendar")
class CarersAndClockChangesTest extends HoursBankTest {

    private static final LocalDate TOMORROW = MovableClock.testDay().plusDays(1);

    @Test
    void a_carer_acts_only_for_the_people_they_are_linked_to_and_the_trail_says_for_whom() {
        LocalDate today = tenOnTheTestDay();
        String linked = newPerson();
        String stranger = newPerson();
        plan(linked, 120, thisWeek());
        plan(stranger, 120, thisWeek());
        linkCarer(linked);

        Booking booked = book(CARER, linked, TOMORROW, "10:00", 60);
        var refused = api().refusal(booking(CARER, stranger, TOMORROW, "10:00", 60));
        List<NamedRef> people = api().retrieve(api().as(CARER, GET("/api/hours-bank/people")), Argument.listOf(NamedRef.class));

        assertThat(booked.minutes()).isEqualTo(60);
        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(people).extracting(NamedRef::id).contains(personOf(linked)).doesNotContain(personOf(stranger));
        assertThat(number("""
                select count(*) from audit_event a join app_user u on u.id = a.actor_id
                 where u.username = ? and a.acting_for = ? and a.action = 'HOURS_BOOKED'""", CARER, personOf(linked))).isEqualTo(1);
        String thisMonth = "from=" + today.with(firstDayOfMonth()) + "&to=" + today.with(lastDayOfMonth());
        String statement = api().retrieve(api().as(linked, GET("/api/people/" + personOf(linked) + "/statement?" + thisMonth)), String.class);
        assertThat(statement).contains(CARER + " for Gwen");
    }

    @Test
    void when_the_consent_is_revoked_the_carer_can_no_longer_act() {
        tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek());
        linkCarer(person);
        book(CARER, person, TOMORROW, "10:00", 30);

        execute("update carer_consent set revoked_at = ? where person_id = ?", nowByTheClock(), personOf(person));

        assertThat(api().refusal(booking(CARER, person, TOMORROW, "12:00", 30)).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(api().as(CARER, GET("/api/people/" + personOf(person) + "/hours-bank"))).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_person_sees_only_their_own_bank_and_their_council_may_look_but_not_book() {
        tenOnTheTestDay();
        String person = newPerson();
        String other = newPerson();
        plan(person, 120, thisWeek());

        assertThat(api().refusal(api().as(other, GET("/api/people/" + personOf(person) + "/hours-bank"))).getStatus().getCode()).isEqualTo(404);
        assertThat(balance(COMMISSIONER, person).remainingMinutes()).isEqualTo(120);
        assertThat(api().refusal(booking(COMMISSIONER, person, TOMORROW, "10:00", 30)).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as("commissioner@coventry.demo", GET("/api/people/" + personOf(person) + "/hours-bank")))
                .getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_session_across_the_autumn_clock_change_falls_in_its_uk_week_and_lasts_its_real_minutes() {
        ZoneOffsetTransition fallBack = nextClockChange(false);
        LocalDate sunday = fallBack.getDateTimeBefore().toLocalDate();
        clock.set(sunday.minusDays(1), LocalTime.NOON);
        String person = newPerson();
        plan(person, 120, mondayOf(sunday));

        Booking night = book(person, person, sunday, "01:30", 60);

        assertThat(night.startsAt()).as("the first 01:30, in summer time").isEqualTo(sunday.atTime(1, 30).toInstant(fallBack.getOffsetBefore()));
        assertThat(night.endsAt()).as("the second 01:30, an hour later").isEqualTo(sunday.atTime(1, 30).toInstant(fallBack.getOffsetAfter()));
        assertThat(Duration.between(night.startsAt(), night.endsAt())).isEqualTo(Duration.ofMinutes(60));
        assertThat(balance(person, person).lots()).singleElement().satisfies(lot -> {
            assertThat(lot.weekStarts()).isEqualTo(mondayOf(sunday));
            assertThat(lot.usedMinutes()).isEqualTo(60);
        });
    }

    @Test
    void a_uk_week_begins_at_midnight_uk_time_whatever_the_utc_date() {
        LocalDate sunday = nextClockChange(true).getDateTimeBefore().toLocalDate();
        LocalDate nextMonday = sunday.plusDays(1);
        Instant ukMidnight = MovableClock.at(nextMonday, LocalTime.MIDNIGHT);
        clock.set(sunday.minusDays(4), LocalTime.NOON);
        String person = newPerson();
        plan(person, 120, mondayOf(sunday));

        clock.set(ukMidnight.minus(Duration.ofMinutes(1)));
        assertThat(balance(person, person).lots()).as("still Sunday in the UK").hasSize(1);

        clock.set(ukMidnight);
        assertThat(LocalDate.ofInstant(ukMidnight, ZoneOffset.UTC)).as("still Sunday in UTC (summer time)").isEqualTo(sunday);
        assertThat(balance(person, person).lots()).as("already Monday in the UK")
                .extracting(HoursLot::weekStarts).containsExactly(mondayOf(sunday), nextMonday);
    }

    /** The windows that end on a clock-change Sunday close at the UK's midnight, and the expiry is dated then. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nextClockChangeSundays")
    void a_lot_whose_last_sunday_is_a_clock_change_is_usable_to_the_end_of_that_sunday_uk_time(LocalDate sunday) {
        LocalDate week = sunday.minusDays(27);
        clock.set(week.plusDays(2), TEN);
        String person = newPerson();
        plan(person, 120, week);

        clock.set(sunday, LocalTime.of(23, 30));
        HoursBalance lateOnSunday = balance(person, person);
        Instant ukMidnight = MovableClock.at(sunday.plusDays(1), LocalTime.MIDNIGHT);
        clock.set(ukMidnight);
        HoursBalance monday = balance(person, person);

        assertThat(lateOnSunday.remainingMinutes()).isEqualTo(4 * 120);
        assertThat(lateOnSunday.nextExpiry()).isEqualTo(sunday);
        assertThat(monday.lots().getFirst()).satisfies(lot -> {
            assertThat(lot.weekStarts()).isEqualTo(week);
            assertThat(lot.expiredMinutes()).isEqualTo(120);
        });
        assertThat(number("select count(*) from hours_ledger where person_id = ? and kind = 'EXPIRY' and occurred_at = ?",
                personOf(person), OffsetDateTime.ofInstant(ukMidnight, ZoneOffset.UTC))).as("dated at the UK's midnight").isEqualTo(1);
    }

    static Stream<Named<LocalDate>> nextClockChangeSundays() {
        return Stream.of(true, false).map(forward -> {
            LocalDate sunday = nextClockChange(forward).getDateTimeBefore().toLocalDate();
            return Named.of((forward ? "clocks go forward on " : "clocks go back on ") + sunday, sunday);
        });
    }

    /** The UK's next clock change forward (or back) from the start of the test day on, so the test day's own counts. */
    static ZoneOffsetTransition nextClockChange(boolean forward) {
        var rules = MovableClock.UK.getRules();
        ZoneOffsetTransition change = rules.nextTransition(MovableClock.at(MovableClock.testDay(), LocalTime.MIDNIGHT));
        while (change.isGap() != forward) {
            change = rules.nextTransition(change.getInstant());
        }
        return change;
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(previousOrSame(MONDAY));
    }

    private void linkCarer(String person) {
        execute("insert into carer_consent (carer_id, person_id, granted_at) select id, ?, ? from app_user where username = ?",
                personOf(person), nowByTheClock(), CARER);
    }

    /** The clock's now, as the database takes it. */
    private OffsetDateTime nowByTheClock() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
