package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Quantities;

/**
 * Use case: the provider records a booked session as delivered with the minutes it took. A shorter
 * session gives the difference back; a longer one draws it, as far as the balance on that day allows. Public for
 * visits.VisitStore: a visit of an hours-bank session delivers its booking through this one use case.
 */
@Singleton
public class Deliveries {

    private final Sql sql;
    private final LotCrediting crediting;
    private final LotDraws draws;
    private final AuditTrail audit;
    private final Clock clock;

    Deliveries(Sql sql, LotCrediting crediting, LotDraws draws, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.crediting = crediting;
        this.draws = draws;
        this.audit = audit;
        this.clock = clock;
    }

    List<Booking> toDeliver(Actor actor, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = UkTime.today(clock);
        Instant now = clock.instant();
        return sql.list(BookingRows.SELECT + """
                 where b.provider_id = ? and b.status <> 'CANCELLED' and b.on_date between ? and ?
                 order by b.on_date, b.start_time limit 2000""",
                BookingRows::read, actor.homeOrganisation(), from == null ? Durations.monday(today) : from,
                to == null ? Durations.monday(today).plusDays(13) : to)
                .stream().map(booking -> booking.withActions(BookingActions.of(actor, null, booking, now))).toList();
    }

    @Transactional
    public Booking recordDelivery(Actor actor, UUID bookingId, DeliveryForm form) {
        UUID provider = actor.homeOrganisation();
        UUID planId = sql.one("select plan_id from hours_booking where id = ? and provider_id = ?", row -> Sql.uuid(row, "plan_id"),
                bookingId, provider).orElseThrow(() -> HoursBankProblems.notFound("hours.delivery.not-yours"));
        PlanRow plan = PlanRow.lock(sql, planId).orElseThrow();
        Booking booking = sql.one(BookingRows.SELECT + " where b.id = ?", BookingRows::read, bookingId).orElseThrow();
        if (!BookingActions.stillBooked(booking)) {
            throw HoursBankProblems.conflict("hours.delivery.not-booked", booking.status().name().toLowerCase());
        }
        Instant now = clock.instant();
        LocalDate today = UkTime.dateOf(now);
        if (!BookingActions.dayHasCome(booking, today)) {
            throw HoursBankProblems.invalid("actualMinutes", "hours.delivery.future");
        }
        crediting.expireDue(plan.personId(), today);
        Ledger.Mover mover = new Ledger.Mover(actor.username(), actor.role().name(), null);
        int difference = form.actualMinutes() - booking.minutes();
        if (difference < 0) {
            draws.giveBack(bookingId, -difference, Ledger.Kind.DELIVERY_ADJUSTMENT, now, mover);
        } else if (difference > 0) {
            switch (draws.drawFor(plan.personId(), booking.date(), difference)) {
                case DrawOrder.Drawn drawn -> draws.take(drawn, bookingId, Ledger.Kind.DELIVERY_ADJUSTMENT, now, mover);
                // both said in words, hours and minutes, in the request's language
                case DrawOrder.Refused refused -> throw HoursBankProblems.conflict("hours.delivery.not-enough",
                        Quantities.minutes(refused.mostThatDay()), Quantities.minutes(booking.minutes() + refused.mostThatDay()));
            }
        }
        sql.update("update hours_booking set status = 'DELIVERED', delivered_minutes = ? where id = ?", form.actualMinutes(), bookingId);
        audit.record(actor, plan.councilId(), AuditAction.HOURS_DELIVERED, "hours_booking", bookingId,
                Map.of("bookedMinutes", booking.minutes(), "actualMinutes", form.actualMinutes()));
        Booking delivered = sql.one(BookingRows.SELECT + " where b.id = ?", BookingRows::read, bookingId).orElseThrow();
        return delivered.withActions(BookingActions.of(actor, null, delivered, now));
    }

}
