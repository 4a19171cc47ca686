package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.fakes.Refusals.refused;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.BalanceAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanForm;
import java.util.List;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.ProblemType;

/** The hours bank as the hours view relies on it: the balance and its limits, booking, changing, cancelling, delivery, and refusals. */
interface HoursBankScenarios {

    Portal portal();

    /** A day the balance allows booking on, after today. */
    private LocalDate aBookableDay(HoursBalance balance) {
        LocalDate tomorrow = portal().clock().today().plusDays(1);
        return balance.limits().firstDay().isAfter(tomorrow) ? balance.limits().firstDay() : tomorrow;
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SERVICE_USER", "CARER"})
    default void a_session_booked_draws_its_minutes_from_the_balance_and_cancelling_gives_them_back(Role role) {
        Bearer booker = portal().signedInAs(role);
        NamedRef person = portal().aPersonWithHours(role);
        assertThat(portal().hoursBank().listHoursBankPeople(booker)).contains(person);
        HoursBalance before = portal().hoursBank().showHoursBalance(booker, person.id());
        assertThat(before.actions()).containsExactly(BalanceAction.BOOK);
        assertThat(before.limits().longestVisitMinutes()).isEqualTo(BookingForm.LONGEST_MINUTES);
        assertThat(before.plan()).isNotNull();
        LocalDate today = portal().clock().today();
        assertThat(before.limits().firstDay()).isEqualTo(before.plan().startsOn().isBefore(today) ? today : before.plan().startsOn());
        // the last day that can be booked now: the end of the four-week window, or the plan's end if sooner
        assertThat(before.limits().lastDay()).isNotNull().isBeforeOrEqualTo(today.with(java.time.DayOfWeek.MONDAY).plusDays(27));
        LocalDate day = aBookableDay(before);

        Booking booked = portal().hoursBank().bookSession(booker, person.id(), null, new BookingForm(day, LocalTime.of(9, 15), 60));

        assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booked.person().id()).isEqualTo(person.id());
        assertThat(booked.minutes()).isEqualTo(60);
        assertThat(booked.endsAt()).isEqualTo(booked.startsAt().plusSeconds(3600));
        assertThat(booked.actions()).containsExactly(BookingAction.CHANGE, BookingAction.CANCEL);
        assertThat(portal().hoursBank().showHoursBalance(booker, person.id()).remainingMinutes()).isEqualTo(before.remainingMinutes() - 60);
        assertThat(portal().hoursBank().listBookings(booker, person.id(), day, day)).contains(booked);

        Booking cancelled = portal().hoursBank().cancelBooking(booker, person.id(), booked.id());

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.actions()).isEmpty();
        assertThat(portal().hoursBank().showHoursBalance(booker, person.id()).remainingMinutes()).isEqualTo(before.remainingMinutes());
        refused(() -> portal().hoursBank().cancelBooking(booker, person.id(), booked.id()), HttpStatus.CONFLICT, ProblemType.CONFLICT);
    }

    @Test
    default void changing_a_session_draws_its_new_length_instead_of_the_old() {
        Bearer booker = portal().signedInAs(Role.SERVICE_USER);
        NamedRef person = portal().aPersonWithHours(Role.SERVICE_USER);
        HoursBalance before = portal().hoursBank().showHoursBalance(booker, person.id());
        LocalDate day = aBookableDay(before);
        Booking booked = portal().hoursBank().bookSession(booker, person.id(), null, new BookingForm(day, LocalTime.of(11, 0), 60));

        Booking changed = portal().hoursBank().changeBooking(booker, person.id(), booked.id(), new BookingForm(day, LocalTime.of(11, 30), 90));

        assertThat(changed.id()).isEqualTo(booked.id());
        assertThat(changed.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(changed.startTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(changed.minutes()).isEqualTo(90);
        assertThat(changed.actions()).containsExactly(BookingAction.CHANGE, BookingAction.CANCEL);
        assertThat(portal().hoursBank().showHoursBalance(booker, person.id()).remainingMinutes()).isEqualTo(before.remainingMinutes() - 90);
        portal().hoursBank().cancelBooking(booker, person.id(), booked.id());
    }

    @Test
    default void a_session_shorter_than_the_minimum_visit_or_already_begun_is_invalid_input_and_draws_nothing() {
        Bearer booker = portal().signedInAs(Role.SERVICE_USER);
        NamedRef person = portal().aPersonWithHours(Role.SERVICE_USER);
        HoursBalance before = portal().hoursBank().showHoursBalance(booker, person.id());
        int minimum = before.limits().minimumVisitMinutes();
        assertThat(minimum).isPositive();

        refused(() -> portal().hoursBank().bookSession(booker, person.id(), null, new BookingForm(aBookableDay(before), LocalTime.of(10, 0), minimum - 1)),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "minutes");
        refused(() -> portal().hoursBank().bookSession(booker, person.id(), null, new BookingForm(portal().clock().today(), LocalTime.of(8, 0), minimum)),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "date");

        assertThat(portal().hoursBank().showHoursBalance(booker, person.id()).remainingMinutes()).isEqualTo(before.remainingMinutes());
    }

    @Test
    default void council_staff_see_the_balance_but_may_not_book() {
        NamedRef person = portal().aPersonWithHours(Role.SERVICE_USER);
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        HoursBalance seen = portal().hoursBank().showHoursBalance(commissioner, person.id());
        assertThat(seen.actions()).isEmpty();

        refused(() -> portal().hoursBank().bookSession(commissioner, person.id(), null, new BookingForm(aBookableDay(seen), LocalTime.of(10, 0), 60)),
                HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);

        assertThat(portal().hoursBank().showHoursBalance(commissioner, person.id()).remainingMinutes()).isEqualTo(seen.remainingMinutes());
    }

    @Test
    default void the_provider_records_a_session_delivered_from_its_day() {
        Bearer booker = portal().signedInAs(Role.SERVICE_USER);
        NamedRef person = portal().aPersonWithHours(Role.SERVICE_USER);
        LocalDate today = portal().clock().today();
        Booking later = portal().hoursBank().bookSession(booker, person.id(), null, new BookingForm(today, LocalTime.of(16, 45), 60));
        Booking tomorrow = portal().hoursBank().bookSession(booker, person.id(), null, new BookingForm(today.plusDays(1), LocalTime.of(16, 45), 60));
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        var deliveries = portal().hoursBank().listDeliveries(provider, today, today.plusDays(1));
        assertThat(deliveries).filteredOn(b -> b.id().equals(later.id())).singleElement()
                .satisfies(b -> assertThat(b.actions()).containsExactly(BookingAction.RECORD_DELIVERY));
        assertThat(deliveries).filteredOn(b -> b.id().equals(tomorrow.id())).singleElement()
                .satisfies(b -> assertThat(b.actions()).isEmpty());

        Booking delivered = portal().hoursBank().recordDelivery(provider, later.id(), new DeliveryForm(55));

        assertThat(delivered.status()).isEqualTo(BookingStatus.DELIVERED);
        assertThat(delivered.deliveredMinutes()).isEqualTo(55);
        assertThat(delivered.actions()).isEmpty();
        assertThat(portal().hoursBank().listBookings(booker, person.id(), today, today))
                .filteredOn(b -> b.id().equals(later.id())).singleElement()
                .satisfies(b -> assertThat(b.actions()).isEmpty());
        portal().hoursBank().cancelBooking(booker, person.id(), tomorrow.id());
    }

    @Test
    default void the_person_s_plan_is_listed_to_council_staff_as_their_balance_shows_it() {
        NamedRef person = portal().aPersonWithHours(Role.SERVICE_USER);
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);

        var plan = portal().hoursBank().listHoursPlans(commissioner).stream()
                .filter(p -> p.person().id().equals(person.id())).findFirst().orElseThrow();

        assertThat(plan.weeklyMinutes()).isPositive();
        assertThat(portal().hoursBank().showHoursBalance(commissioner, person.id()).plan()).isEqualTo(plan);
        // What a plan lets the caller do is the caller's own: the person may not change or end it.
        assertThat(portal().hoursBank().showHoursBalance(portal().signedInAs(Role.SERVICE_USER), person.id()).plan())
                .usingRecursiveComparison().ignoringFields("actions").isEqualTo(plan);
    }

    @Test
    default void the_councils_admin_checks_the_ledger_and_a_commissioner_may_not() {
        var check = portal().hoursBank().checkHoursLedger(portal().signedInAs(Role.ADMIN));
        assertThat(check.mismatches()).isEmpty();

        refused(() -> portal().hoursBank().checkHoursLedger(portal().signedInAs(Role.COMMISSIONER)), HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);
    }

    @Test
    default void the_commissioner_creates_a_persons_plan_from_a_monday_and_only_one() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        NamedRef person = portal().aPersonWithoutAPlan();
        LocalDate monday = portal().clock().monday().plusWeeks(1);
        refused(() -> portal().hoursBank().createHoursPlan(commissioner, null, new PlanForm(person.id(), portal().aProviderOfHours(), 300, monday.plusDays(1), null)),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "startsOn");
        refused(() -> portal().hoursBank().createHoursPlan(commissioner, null, new PlanForm(person.id(), portal().aProviderOfHours(), 300, monday, monday.minusDays(1))),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "endsOn");
        refused(() -> portal().hoursBank().createHoursPlan(portal().signedInAs(Role.ADMIN), null, new PlanForm(person.id(), portal().aProviderOfHours(), 300, monday, null)),
                HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);

        HoursPlan plan = portal().hoursBank().createHoursPlan(commissioner, null, new PlanForm(person.id(), portal().aProviderOfHours(), 300, monday, null));

        assertThat(plan.person()).isEqualTo(person);
        assertThat(plan.provider().id()).isEqualTo(portal().aProviderOfHours());
        assertThat(List.of(plan.weeklyMinutes())).containsExactly(300);
        assertThat(plan.startsOn()).isEqualTo(monday);
        assertThat(plan.endsOn()).isNull();
        assertThat(portal().hoursBank().listHoursPlans(commissioner)).contains(plan);
        refused(() -> portal().hoursBank().createHoursPlan(commissioner, null, new PlanForm(person.id(), portal().aProviderOfHours(), 600, monday, null)),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);
    }
}
