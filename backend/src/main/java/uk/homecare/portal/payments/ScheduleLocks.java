package uk.homecare.portal.payments;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Locks a schedule of the caller's council for the rest of the transaction, so its review steps (approve, adjust,
 * finalise, correct) happen one at a time, each seeing the status the one before left.
 */
@Singleton
class ScheduleLocks {

    private final Sql sql;

    ScheduleLocks(Sql sql) {
        this.sql = sql;
    }

    /** The schedule's status once locked; 404 when the council has no such schedule. */
    PaymentStatus lock(UUID council, UUID scheduleId) {
        Optional<PaymentStatus> status = sql.one("select status from payment_schedule where id = ? and council_id = ? for update",
                row -> PaymentStatus.valueOf(row.getString("status")), scheduleId, council);
        return status.orElseThrow(() -> PortalProblem.notFound(Problems.message("payments.schedule.not-found")));
    }

    /** Locks a schedule that must still be a draft: 409 once it is final. */
    void lockDraft(UUID council, UUID scheduleId) {
        if (lock(council, scheduleId) != PaymentStatus.DRAFT) {
            throw PortalProblem.conflict(Problems.message("payments.schedule.final"));
        }
    }
}
