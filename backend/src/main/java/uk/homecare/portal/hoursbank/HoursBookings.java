package uk.homecare.portal.hoursbank;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * Use cases: the person (or their carer) books a session, changes it or cancels it. Each locks the
 * person's plan first, so however many bookings arrive at once they are decided one after another and
 * the balance never goes below zero; the lots' check constraint is the backstop.
 */
@Singleton
public class HoursBookings {

    private final Sql sql;
    private final PersonAccess access;
    private final LotCrediting crediting;
    private final LotDraws draws;
    private final AuditTrail audit;
    private final Clock clock;

    HoursBookings(Sql sql, PersonAccess access, LotCrediting crediting, LotDraws draws, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.crediting = crediting;
        this.draws = draws;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Booking book(Actor actor, UUID personId, BookingForm form) {
        Settled settled = settledPlan(actor, personId);
        PlanRow.Locked locked = settled.locked();
        Acting acting = settled.acting();
        PlanRow plan = locked.plan();
        Instant now = clock.instant();
        DrawOrder.Drawn drawn = checkSession(locked, form, now);
        Booking booking = sql.one(BookingRows.INSERT, BookingRows::read,
                plan.id(), personId, plan.providerId(), form.date(), form.startTime(), form.minutes()).orElseThrow();
        draws.take(drawn, booking.id(), Ledger.Kind.BOOKING, now, Ledger.Mover.of(acting));
        audit.record(actor, acting.actingFor(), acting.councilId(), AuditAction.HOURS_BOOKED, "hours_booking", booking.id(),
                Map.of("date", form.date().toString(), "startTime", form.startTime().toString(), "minutes", form.minutes()));
        return booking.withActions(BookingActions.of(acting.actor(), acting, booking, clock.instant()));
    }

    /** The council of a person the caller may see: whose data a booking for them is. */
    UUID councilOf(UUID personId) {
        return sql.one("select council_id from person where id = ?", row -> Sql.uuid(row, "council_id"), personId).orElseThrow();
    }

    /** A new date, time or length: the old draw is given back and the new one made, or nothing changes. */
    @Transactional
    Booking change(Actor actor, UUID personId, UUID bookingId, BookingForm form) {
        Settled settled = settledPlan(actor, personId);
        Acting acting = settled.acting();
        Booking current = changeable(personId, bookingId);
        Instant now = clock.instant();
        draws.giveBack(bookingId, null, Ledger.Kind.CANCELLATION, now, Ledger.Mover.of(acting));
        DrawOrder.Drawn drawn = checkSession(settled.locked(), form, now);
        sql.update("update hours_booking set on_date = ?, start_time = ?, minutes = ? where id = ?",
                form.date(), form.startTime(), form.minutes(), bookingId);
        draws.take(drawn, bookingId, Ledger.Kind.BOOKING, now, Ledger.Mover.of(acting));
        audit.record(actor, acting.actingFor(), acting.councilId(), AuditAction.HOURS_BOOKING_CHANGED, "hours_booking", bookingId,
                Map.of("from", current.date() + " " + current.startTime() + " " + current.minutes() + " min",
                        "to", form.date() + " " + form.startTime() + " " + form.minutes() + " min"));
        return read(acting, bookingId);
    }

    @Transactional
    Booking cancel(Actor actor, UUID personId, UUID bookingId) {
        Acting acting = settledPlan(actor, personId).acting();
        changeable(personId, bookingId);
        int given = draws.giveBack(bookingId, null, Ledger.Kind.CANCELLATION, clock.instant(), Ledger.Mover.of(acting));
        sql.update("update hours_booking set status = 'CANCELLED' where id = ?", bookingId);
        audit.record(actor, acting.actingFor(), acting.councilId(), AuditAction.HOURS_BOOKING_CANCELLED, "hours_booking", bookingId,
                Map.of("minutesGivenBack", given));
        return read(acting, bookingId);
    }

    /** The person's plan under its row lock, who the caller acts as for that person, and the person's lots settled. */
    private record Settled(PlanRow.Locked locked, Acting acting) {}

    private Settled settledPlan(Actor actor, UUID personId) {
        PlanRow.Locked locked = lockedPlan(actor, personId);
        Acting acting = access.bookingFor(actor, personId, locked.person());
        settle(locked);
        return new Settled(locked, acting);
    }

    /**
     * The person's plan under its row lock, read with what access to them is decided on. With no plan to lock, the caller
     * is told what they would be told without one: that the person is unknown to them, that they may only look, or that
     * the person has no plan.
     */
    private PlanRow.Locked lockedPlan(Actor actor, UUID personId) {
        return PlanRow.lockForBooking(sql, actor.id(), personId).orElseThrow(() -> {
            access.bookingFor(actor, personId);
            return HoursBankProblems.conflict("hours.plan.none");
        });
    }

    /** Credits and expires the person's lots, only when a week has begun since they were last settled. */
    private void settle(PlanRow.Locked locked) {
        crediting.settle(locked.plan(), UkTime.today(clock), clock.instant());
    }

    /**
     * Refuses a session the rules do not allow; otherwise returns how its minutes are drawn. The plan's row lock is held,
     * so the draw still holds when the caller takes it: nothing else draws on the person's lots meanwhile.
     */
    private DrawOrder.Drawn checkSession(PlanRow.Locked locked, BookingForm form, Instant now) {
        PlanRow plan = locked.plan();
        if (ZonedDateTime.of(form.date(), form.startTime(), UkTime.ZONE).toInstant().isBefore(now)) {
            throw HoursBankProblems.invalid("date", "hours.booking.past");
        }
        int minimum = locked.minimumVisit();
        if (form.minutes() < minimum) {
            throw PortalProblem.outOfRange("minutes", "hours.booking.too-short", "min", minimum);
        }
        if (!plan.covers(form.date())) {
            throw HoursBankProblems.invalid("date", "hours.booking.outside-plan", Durations.day(form.date()));
        }
        LocalDate windowEnd = SessionLimits.windowEnd(UkTime.dateOf(now));
        if (form.date().isAfter(windowEnd)) {
            throw HoursBankProblems.invalid("date", "hours.booking.beyond-window", Durations.dayInWords(windowEnd), windowEnd);
        }
        return switch (draws.drawFor(plan.personId(), form.date(), form.minutes())) {
            case DrawOrder.Drawn drawn -> drawn;
            case DrawOrder.Refused refused -> throw HoursBankProblems.conflict("hours.booking.not-enough", Durations.day(form.date()),
                    Durations.words(form.minutes()), Durations.words(refused.mostThatDay()));
        };
    }

    private Booking changeable(UUID personId, UUID bookingId) {
        Booking booking = sql.one(BookingRows.SELECT + " where b.id = ? and b.person_id = ?", BookingRows::read, bookingId, personId)
                .orElseThrow(() -> HoursBankProblems.notFound("hours.booking.not-found"));
        if (!BookingActions.stillBooked(booking)) {
            throw HoursBankProblems.conflict("hours.booking.not-booked", booking.status().name().toLowerCase());
        }
        if (!BookingActions.notStarted(booking, clock.instant())) {
            throw HoursBankProblems.conflict("hours.booking.started");
        }
        return booking;
    }

    private Booking read(Acting acting, UUID bookingId) {
        Booking booking = sql.one(BookingRows.SELECT + " where b.id = ?", BookingRows::read, bookingId).orElseThrow();
        return booking.withActions(BookingActions.of(acting.actor(), acting, booking, clock.instant()));
    }
}
