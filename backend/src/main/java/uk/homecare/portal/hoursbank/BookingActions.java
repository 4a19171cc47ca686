package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.homecare.portal.api.hoursbank.BalanceAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.api.UkTime;

/**
 * What the acting person may do with a person's sessions now: the person, or a carer with a live
 * consent link, books, and changes or cancels a session still booked and not started; the provider
 * records a booked session delivered on or after its day. The use cases refuse by the same predicates.
 */
final class BookingActions {

    private BookingActions() {}

    /** For whoever acts on the person's hours bank ({@code acting}), or for a provider when that is null. */
    static List<BookingAction> of(Actor actor, @Nullable Acting acting, Booking booking, Instant now) {
        List<BookingAction> actions = new ArrayList<>();
        if (acting != null && acting.mayBook() && stillBooked(booking) && notStarted(booking, now)) {
            actions.add(BookingAction.CHANGE);
            actions.add(BookingAction.CANCEL);
        }
        if (Capabilities.has(actor, Capability.RECORD_DELIVERY) && Objects.equals(booking.provider().id(), actor.organisationId())
                && stillBooked(booking) && dayHasCome(booking, UkTime.dateOf(now))) {
            actions.add(BookingAction.RECORD_DELIVERY);
        }
        return actions;
    }

    /** {@code acting} may book while the person has a plan whose cover has not ended. */
    static List<BalanceAction> ofBalance(Acting acting, @Nullable PlanRow plan, LocalDate today) {
        boolean covered = plan != null && (plan.lastUsableDay() == null || !plan.lastUsableDay().isBefore(today));
        return acting.mayBook() && covered ? List.of(BalanceAction.BOOK) : List.of();
    }

    static boolean stillBooked(Booking booking) {
        return booking.status() == BookingStatus.BOOKED;
    }

    static boolean notStarted(Booking booking, Instant now) {
        return booking.startsAt().isAfter(now);
    }

    /** A session is recorded as delivered on or after its day, never before. */
    static boolean dayHasCome(Booking booking, LocalDate today) {
        return !booking.date().isAfter(today);
    }
}
