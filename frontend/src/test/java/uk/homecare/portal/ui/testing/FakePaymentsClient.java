package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.payments.CorrectionForm;
import uk.homecare.portal.api.payments.LineAdjustment;
import uk.homecare.portal.api.payments.LineApproval;
import uk.homecare.portal.api.payments.PaymentCorrection;
import uk.homecare.portal.api.payments.PaymentException;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentRun;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleAction;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.api.payments.RateSource;
import uk.homecare.portal.api.payments.Remittance;
import uk.homecare.portal.api.payments.RemittanceLine;
import uk.homecare.portal.api.payments.Resolution;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.ui.client.PaymentsClient;

/**
 * The payments API in memory: a built schedule has one plain line (30 minutes at £23.50) and one missed visit (an
 * exception); approving, adjusting, finalising and correcting change it as the API would, actions included.
 */
@Singleton
@Replaces(PaymentsClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakePaymentsClient extends FakeApi implements PaymentsClient {

    public static final int RATE = 2350;
    public final List<PaymentSchedule> schedules = new ArrayList<>();
    public final List<Remittance> remittances = new ArrayList<>();
    public String exported;

    public void reset() {
        schedules.clear();
        remittances.clear();
        exported = null;
        forgetCalls();
    }

    public PaymentSchedule draft(String providerName, LocalDate start) {
        UUID id = UUID.randomUUID();
        List<PaymentLine> lines = List.of(
                line(UUID.randomUUID(), "COV-1001", start.plusDays(1), 30, null, null, 30, 1175L, null),
                line(UUID.randomUUID(), "COV-1001", start.plusDays(2), 0, PaymentException.MISSED, null, null, null, null));
        PaymentSchedule schedule = of(id, providerName, start, PaymentStatus.DRAFT, lines, List.of());
        schedules.add(schedule);
        return schedule;
    }

    private static PaymentLine line(UUID id, String reference, LocalDate day, int paid, PaymentException exception, Resolution resolution,
            Integer approvedMinutes, Long approvedAmount, String reason) {
        return new PaymentLine(id, exception == null ? null : UUID.randomUUID(), reference, day, day, 1, 30, paid, paid == 0 ? 0 : 1, 1, paid == 0, ServiceType.DOMICILIARY,
                RateSource.RATE_SCHEDULE, RATE, paid, paid * (long) RATE / 60, exception, resolution, approvedMinutes,
                approvedAmount == null ? null : RATE, approvedAmount, reason);
    }

    private static PaymentSchedule of(UUID id, String providerName, LocalDate start, PaymentStatus status, List<PaymentLine> lines,
            List<PaymentCorrection> corrections) {
        long linesTotal = lines.stream().mapToLong(l -> l.approvedAmountPence() == null ? 0 : l.approvedAmountPence()).sum();
        long correctionsTotal = corrections.stream().mapToLong(PaymentCorrection::amountPence).sum();
        int open = (int) lines.stream().filter(l -> l.exception() != null && l.resolution() == null).count();
        List<PaymentScheduleAction> actions = status == PaymentStatus.FINAL ? List.of(PaymentScheduleAction.ADD_CORRECTION)
                : open == 0 ? List.of(PaymentScheduleAction.RESOLVE_EXCEPTIONS, PaymentScheduleAction.FINALISE)
                : List.of(PaymentScheduleAction.RESOLVE_EXCEPTIONS);
        return new PaymentSchedule(id, UUID.randomUUID(), providerName, start, start.plusDays(27), status, lines.size(), open, linesTotal,
                correctionsTotal, linesTotal + correctionsTotal, Instant.EPOCH, status == PaymentStatus.FINAL ? Instant.EPOCH : null,
                lines, corrections, actions);
    }

    private PaymentSchedule find(UUID id) {
        return schedules.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
    }

    private PaymentSchedule replace(PaymentSchedule old, PaymentStatus status, List<PaymentLine> lines, List<PaymentCorrection> corrections) {
        PaymentSchedule changed = of(old.id(), old.providerName(), old.periodStart(), status, lines, corrections);
        schedules.set(schedules.indexOf(old), changed);
        return changed;
    }

    @Override
    public PaymentSchedule buildPaymentSchedule(Bearer caller, String idempotencyKey, PaymentScheduleForm form) {
        call(caller, form);
        return draft("Caring Hands Ltd", form.periodStart());
    }

    @Override
    public PaymentRun buildPaymentSchedules(Bearer caller, String idempotencyKey, PaymentRunForm form) {
        call(caller, form);
        PaymentSchedule built = draft("Caring Hands Ltd", form.periodStart());
        return new PaymentRun(form.periodStart(), form.periodStart().plusDays(27), List.of(built), List.of());
    }

    @Override
    public List<PaymentSchedule> listPaymentSchedules(Bearer caller) {
        call(caller, null);
        return List.copyOf(schedules);
    }

    @Override
    public PaymentSchedule showPaymentSchedule(Bearer caller, UUID id) {
        call(caller, null);
        return find(id);
    }

    @Override
    public PaymentSchedule approvePaymentLine(Bearer caller, UUID id, LineApproval approval) {
        call(caller, approval);
        PaymentSchedule old = find(id);
        List<PaymentLine> lines = old.lines().stream().map(l -> !l.id().equals(approval.lineId()) ? l
                : line(l.id(), l.packageReference(), l.visitDate(), l.paidMinutes(), l.exception(), Resolution.APPROVED, l.paidMinutes(),
                        l.amountPence(), null)).toList();
        return replace(old, old.status(), lines, old.corrections());
    }

    @Override
    public PaymentSchedule adjustPaymentLine(Bearer caller, UUID id, LineAdjustment adjustment) {
        call(caller, adjustment);
        PaymentSchedule old = find(id);
        List<PaymentLine> lines = old.lines().stream().map(l -> !l.id().equals(adjustment.lineId()) ? l
                : line(l.id(), l.packageReference(), l.visitDate(), l.paidMinutes(), l.exception(), Resolution.ADJUSTED,
                        adjustment.paidMinutes(), (adjustment.paidMinutes() * (long) RATE + 30) / 60, adjustment.reason())).toList();
        return replace(old, old.status(), lines, old.corrections());
    }

    @Override
    public PaymentSchedule finalisePaymentSchedule(Bearer caller, UUID id) {
        call(caller, null);
        PaymentSchedule old = find(id);
        if (old.openExceptions() > 0) {
            throw conflict("Resolve every exception before finalising.");
        }
        return replace(old, PaymentStatus.FINAL, old.lines(), old.corrections());
    }

    @Override
    public PaymentSchedule correctPaymentSchedule(Bearer caller, UUID id, CorrectionForm correction) {
        call(caller, correction);
        PaymentSchedule old = find(id);
        List<PaymentCorrection> corrections = new ArrayList<>(old.corrections());
        corrections.add(new PaymentCorrection(UUID.randomUUID(), correction.amountPence(), correction.reason(), Instant.EPOCH));
        return replace(old, old.status(), old.lines(), corrections);
    }

    @Override
    public String exportPaymentSchedule(Bearer caller, UUID id) {
        call(caller, null);
        exported = "schedule_id\r\n" + id + "\r\n";
        return exported;
    }

    public Remittance remittance(String council, LocalDate start) {
        Remittance remittance = new Remittance(UUID.randomUUID(), UUID.randomUUID(), council, start, start.plusDays(27), 1175, 0, 1175,
                Instant.EPOCH, 1, List.of(new RemittanceLine("COV-1001", start.plusDays(1), start.plusDays(1), 1, 30, RATE, 1175, null, null)), List.of());
        remittances.add(remittance);
        return remittance;
    }

    @Override
    public List<Remittance> listRemittances(Bearer caller) {
        call(caller, null);
        return remittances.stream().map(r -> new Remittance(r.id(), r.councilId(), r.councilName(), r.periodStart(), r.periodEnd(),
                r.linesTotalPence(), r.correctionsTotalPence(), r.totalPence(), r.finalisedAt(), r.lineCount(), List.of(), List.of())).toList();
    }

    @Override
    public Remittance showRemittance(Bearer caller, UUID id) {
        call(caller, null);
        return remittances.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
    }
}
