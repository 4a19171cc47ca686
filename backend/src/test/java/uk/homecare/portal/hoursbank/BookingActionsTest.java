package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.BalanceAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;

class BookingActionsTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 6, 3);
    private static final Instant NOW = ZonedDateTime.of(TODAY, LocalTime.NOON, UkTime.ZONE).toInstant();
    private static final UUID PERSON = UUID.randomUUID();
    private static final UUID COUNCIL = UUID.randomUUID();
    private static final NamedRef PROVIDER = new NamedRef(UUID.randomUUID(), "Cwm Care");
    private static final Actor SELF = actor(Role.SERVICE_USER, null);
    private static final Acting SELF_ACTING = new Acting(SELF, PERSON, COUNCIL, null, true);

    @Test
    void the_person_may_change_or_cancel_a_session_still_booked_that_has_not_started() {
        assertThat(BookingActions.of(SELF, SELF_ACTING, booking(TODAY.plusDays(1), BookingStatus.BOOKED), NOW))
                .containsExactly(BookingAction.CHANGE, BookingAction.CANCEL);
        assertThat(BookingActions.of(SELF, SELF_ACTING, booking(TODAY, BookingStatus.BOOKED), NOW)).isEmpty();
        assertThat(BookingActions.of(SELF, SELF_ACTING, booking(TODAY.plusDays(1), BookingStatus.CANCELLED), NOW)).isEmpty();
    }

    @Test
    void council_staff_look_but_do_not_change_sessions() {
        Actor commissioner = actor(Role.COMMISSIONER, null);
        var looking = new Acting(commissioner, PERSON, COUNCIL, null, false);
        assertThat(BookingActions.of(commissioner, looking, booking(TODAY.plusDays(1), BookingStatus.BOOKED), NOW)).isEmpty();
    }

    @Test
    void the_provider_records_a_booked_session_of_its_own_on_or_after_its_day() {
        Actor provider = actor(Role.PROVIDER, PROVIDER.id());
        Actor another = actor(Role.PROVIDER, UUID.randomUUID());
        assertThat(BookingActions.of(provider, null, booking(TODAY, BookingStatus.BOOKED), NOW)).containsExactly(BookingAction.RECORD_DELIVERY);
        assertThat(BookingActions.of(provider, null, booking(TODAY.plusDays(1), BookingStatus.BOOKED), NOW)).isEmpty();
        assertThat(BookingActions.of(provider, null, booking(TODAY, BookingStatus.DELIVERED), NOW)).isEmpty();
        assertThat(BookingActions.of(another, null, booking(TODAY, BookingStatus.BOOKED), NOW)).isEmpty();
    }

    @Test
    void a_person_may_book_while_their_plan_still_covers_days_to_come() {
        var open = new PlanRow(UUID.randomUUID(), PERSON, COUNCIL, PROVIDER.id(), TODAY.minusWeeks(2), null, null, null);
        var ended = new PlanRow(UUID.randomUUID(), PERSON, COUNCIL, PROVIDER.id(), TODAY.minusWeeks(12), TODAY.minusWeeks(8), null, null);
        assertThat(BookingActions.ofBalance(SELF_ACTING, open, TODAY)).containsExactly(BalanceAction.BOOK);
        assertThat(BookingActions.ofBalance(SELF_ACTING, ended, TODAY)).isEmpty();
        assertThat(BookingActions.ofBalance(SELF_ACTING, null, TODAY)).isEmpty();
        var looking = new Acting(actor(Role.ADMIN, null), PERSON, COUNCIL, null, false);
        assertThat(BookingActions.ofBalance(looking, open, TODAY)).isEmpty();
    }

    private static Booking booking(LocalDate date, BookingStatus status) {
        Instant starts = ZonedDateTime.of(date, LocalTime.of(10, 0), UkTime.ZONE).toInstant();
        return new Booking(UUID.randomUUID(), new NamedRef(PERSON, "Gwen"), PROVIDER, date, LocalTime.of(10, 0), 60, starts,
                starts.plusSeconds(3600), status, null, List.of());
    }

    private static Actor actor(Role role, UUID organisation) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase(), role, organisation == null ? COUNCIL : null, organisation, Set.of(COUNCIL));
    }
}
