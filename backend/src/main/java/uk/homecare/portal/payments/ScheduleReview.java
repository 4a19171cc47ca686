package uk.homecare.portal.payments;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.payments.CorrectionForm;
import uk.homecare.portal.api.payments.LineAdjustment;
import uk.homecare.portal.api.payments.LineApproval;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.RemittanceNotices;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * The council's steps on a schedule after it is built: approve or adjust a line with an exception (while a DRAFT),
 * finalise it (no exception left unresolved; its lines' total written once), and correct a FINAL one by a new line.
 * Each step locks the schedule first, so steps on one schedule happen one at a time.
 */
@Singleton
class ScheduleReview {

    private record LineFacts(boolean exception, int paidMinutes, Integer ratePence) {}

    private final Sql sql;
    private final ScheduleLocks locks;
    private final ScheduleReads reads;
    private final RemittanceNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    ScheduleReview(Sql sql, ScheduleLocks locks, ScheduleReads reads, RemittanceNotices notices, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.locks = locks;
        this.reads = reads;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PaymentSchedule approve(Actor actor, UUID scheduleId, LineApproval approval) {
        UUID council = actor.homeCouncil();
        locks.lockDraft(council, scheduleId);
        LineFacts line = exceptionLine(scheduleId, approval.lineId(), "lineId");
        long amount = line.ratePence() == null ? 0 : Pence.forMinutes(line.paidMinutes(), line.ratePence());
        sql.update("""
                update payment_line set resolution = 'APPROVED', approved_minutes = paid_minutes, approved_rate_pence = rate_pence,
                       approved_amount_pence = ?, resolution_reason = null, resolved_by = ?, resolved_at = ?
                 where id = ? and schedule_id = ?""", amount, actor.username(), clock.instant(), approval.lineId(), scheduleId);
        audit.record(actor, council, AuditAction.PAYMENT_LINE_APPROVED, "payment_schedule", scheduleId,
                Map.of("lineId", approval.lineId().toString(), "approvedAmountPence", amount));
        return reads.show(council, scheduleId);
    }

    @Transactional
    PaymentSchedule adjust(Actor actor, UUID scheduleId, LineAdjustment adjustment) {
        UUID council = actor.homeCouncil();
        locks.lockDraft(council, scheduleId);
        LineFacts line = exceptionLine(scheduleId, adjustment.lineId(), "lineId");
        Integer rate = line.ratePence();
        if (rate == null && adjustment.hourlyRatePence() == null) {
            throw PortalProblem.invalid("hourlyRatePence", Problems.message("payments.adjust.rate-needed"));
        }
        if (rate != null && adjustment.hourlyRatePence() != null) {
            throw PortalProblem.invalid("hourlyRatePence", Problems.message("payments.adjust.rate-given"));
        }
        int paidRate = rate != null ? rate : adjustment.hourlyRatePence();
        long amount = Pence.forMinutes(adjustment.paidMinutes(), paidRate);
        sql.update("""
                update payment_line set resolution = 'ADJUSTED', approved_minutes = ?, approved_rate_pence = ?, approved_amount_pence = ?,
                       resolution_reason = ?, resolved_by = ?, resolved_at = ?
                 where id = ? and schedule_id = ?""", adjustment.paidMinutes(), paidRate, amount, adjustment.reason().strip(),
                actor.username(), clock.instant(), adjustment.lineId(), scheduleId);
        audit.record(actor, council, AuditAction.PAYMENT_LINE_ADJUSTED, "payment_schedule", scheduleId,
                Map.of("lineId", adjustment.lineId().toString(), "paidMinutes", adjustment.paidMinutes(), "ratePence", paidRate,
                        "approvedAmountPence", amount));
        return reads.show(council, scheduleId);
    }

    @Transactional
    PaymentSchedule finalise(Actor actor, UUID scheduleId) {
        UUID council = actor.homeCouncil();
        locks.lockDraft(council, scheduleId);
        int open = sql.one("""
                select count(*) as open from payment_line where schedule_id = ? and exception is not null and resolution is null""",
                row -> row.getInt("open"), scheduleId).orElse(0);
        if (open > 0) {
            throw PortalProblem.conflict(Problems.message("payments.finalise.open-exceptions", open));
        }
        sql.update("""
                update payment_schedule set status = 'FINAL', finalised_by = ?, finalised_at = ?,
                       lines_total_pence = (select coalesce(sum(approved_amount_pence), 0) from payment_line where schedule_id = ?)
                 where id = ? and council_id = ?""", actor.username(), clock.instant(), scheduleId, scheduleId, council);
        PaymentSchedule finalised = reads.show(council, scheduleId);
        audit.record(actor, council, AuditAction.PAYMENT_SCHEDULE_FINALISED, "payment_schedule", scheduleId,
                Map.of("lines", finalised.lineCount(), "linesTotalPence", finalised.linesTotalPence()));
        notices.remittanceFinal(scheduleId, clock.instant());
        return finalised;
    }

    @Transactional
    PaymentSchedule correct(Actor actor, UUID scheduleId, CorrectionForm correction) {
        UUID council = actor.homeCouncil();
        if (locks.lock(council, scheduleId) != PaymentStatus.FINAL) {
            throw PortalProblem.conflict(Problems.message("payments.correction.draft"));
        }
        if (correction.amountPence() == 0) {
            throw PortalProblem.invalid("amountPence", Problems.message("payments.correction.zero"));
        }
        UUID id = sql.one("""
                insert into payment_correction (schedule_id, council_id, amount_pence, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""", row -> Sql.uuid(row, "id"), scheduleId, council, correction.amountPence(),
                correction.reason().strip(), actor.username(), clock.instant()).orElseThrow();
        audit.record(actor, council, AuditAction.PAYMENT_CORRECTION_ADDED, "payment_schedule", scheduleId,
                Map.of("correctionId", id.toString(), "amountPence", correction.amountPence()));
        return reads.show(council, scheduleId);
    }

    /** A line of the schedule that has an exception; 400 naming the field when it is not on it or has none. */
    private LineFacts exceptionLine(UUID scheduleId, UUID lineId, String field) {
        LineFacts line = sql.one("select exception, paid_minutes, rate_pence from payment_line where id = ? and schedule_id = ?",
                row -> new LineFacts(row.getString("exception") != null, row.getInt("paid_minutes"), Sql.integer(row, "rate_pence")),
                lineId, scheduleId).orElseThrow(() -> PortalProblem.invalid(field, Problems.message("payments.line.unknown")));
        if (!line.exception()) {
            throw PortalProblem.conflict(Problems.message("payments.line.no-exception"));
        }
        return line;
    }
}
