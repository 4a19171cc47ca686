package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/** A plan as the booking rules need it, read under its row lock: the lock that serialises a person's bookings. */
record PlanRow(UUID id, UUID personId, UUID councilId, UUID providerId, LocalDate startsOn, @Nullable LocalDate endsOn,
               @Nullable LocalDate stoppedOn, @Nullable LocalDate settledThrough) {

    static Optional<PlanRow> lockFor(Sql sql, UUID personId) {
        return sql.one("select * from hours_plan where person_id = ? for update", PlanRow::read, personId);
    }

    /**
     * A person's plan under its row lock, their council's minimum visit, and what access to them is decided on, read
     * with it: a booking's one round trip for all three.
     */
    record Locked(PlanRow plan, int minimumVisit, PersonAccess.Found person) {}

    /** The person's plan locked for a booking by the account {@code userId}; empty when there is none the caller can see. */
    static Optional<Locked> lockForBooking(Sql sql, UUID userId, UUID personId) {
        return sql.one("""
                select hp.*, c.min_visit_minutes, pe.council_id as person_council, u.person_id as own_person
                  from hours_plan hp join person pe on pe.id = hp.person_id join council c on c.id = hp.council_id
                  left join app_user u on u.id = ?
                 where hp.person_id = ? for update of hp""",
                row -> new Locked(read(row), row.getInt("min_visit_minutes"), new PersonAccess.Found(uuid(row, "person_council"), uuid(row, "own_person"))), userId, personId);
    }

    static Optional<PlanRow> of(Sql sql, UUID personId) {
        return sql.one("select * from hours_plan where person_id = ?", PlanRow::read, personId);
    }

    static Optional<PlanRow> lock(Sql sql, UUID planId) {
        return sql.one("select * from hours_plan where id = ? for update", PlanRow::read, planId);
    }

    /** The last day any lot of the plan can be used: the day the council stopped it, or four weeks after its last week. */
    @Nullable
    LocalDate lastUsableDay() {
        if (stoppedOn != null) {
            return stoppedOn;
        }
        return endsOn == null ? null : Durations.monday(endsOn).plusDays(27);
    }

    /**
     * Whether crediting and expiry could change anything for this plan on {@code today}: not when it was settled for
     * today's week ({@link LotCrediting#settle}), since lots are credited on Mondays and expire after Sundays.
     */
    boolean unsettledOn(LocalDate today) {
        return !Durations.monday(today).equals(settledThrough);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (lastUsableDay() == null || !day.isAfter(lastUsableDay()));
    }

    private static PlanRow read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PlanRow(uuid(row, "id"), uuid(row, "person_id"), uuid(row, "council_id"), uuid(row, "provider_id"),
                date(row, "starts_on"), date(row, "ends_on"), date(row, "stopped_on"), date(row, "settled_through"));
    }
}
