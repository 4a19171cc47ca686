package uk.homecare.portal.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.payments.CorrectionForm;
import uk.homecare.portal.api.payments.LineAdjustment;
import uk.homecare.portal.api.payments.LineApproval;
import uk.homecare.portal.api.payments.PaymentOperations;
import uk.homecare.portal.api.payments.PaymentRun;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.payments.Remittance;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Payments")
class PaymentController implements PaymentOperations<Actor> {

    private final ScheduleBuilding building;
    private final ScheduleReview review;
    private final ScheduleReads reads;
    private final FinanceExport export;
    private final Remittances remittances;
    private final IdempotentRequests idempotency;

    PaymentController(ScheduleBuilding building, ScheduleReview review, ScheduleReads reads, FinanceExport export,
            Remittances remittances, IdempotentRequests idempotency) {
        this.building = building;
        this.review = review;
        this.reads = reads;
        this.export = export;
        this.remittances = remittances;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Build a provider's payment schedule for the 28 days from a Monday (a period that has ended)",
            description = "Its lines are the provider's visits of your council's packages dated on or before the period's last day and"
                    + " on no schedule yet, each priced at the rate in force on its day (or the package's agreed bid rate): one line"
                    + " per package and rate for the visits without an exception (minutes summed, rounded once), approved as"
                    + " computed, and one line per visit with an exception (no rate, missed, carers or minutes differing from the"
                    + " plan), which waits for your approval or adjustment. A schedule overlapping another of the provider is"
                    + " refused (409).")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @IdempotentCreation
    @Override
    public PaymentSchedule buildPaymentSchedule(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey,
            @Body @Valid PaymentScheduleForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "buildPaymentSchedule", idempotencyKey, List.of(form)),
                PaymentSchedule.class, () -> building.build(actor, form), built -> actor.homeCouncil()).body();
    }

    @Operation(summary = "Build every provider's payment schedule for the 28 days from a Monday (a period that has ended)",
            description = "One schedule for each provider with visits of your council's packages to pay, dated on or before the"
                    + " period's last day and on no schedule yet, made as one provider's is (see building a provider's schedule)."
                    + " Providers with a schedule overlapping the period are left alone; their schedules are listed as"
                    + " overlapping. Lists the schedules without their lines.")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @IdempotentCreation
    @Override
    public PaymentRun buildPaymentSchedules(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey,
            @Body @Valid PaymentRunForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "buildPaymentSchedules", idempotencyKey, List.of(form)),
                PaymentRun.class, () -> building.buildAll(actor, form), built -> actor.homeCouncil()).body();
    }

    @Operation(summary = "Your council's payment schedules, newest period first (without their lines)")
    @Secured("COMMISSIONER")
    @StandardProblems
    @Override
    public List<PaymentSchedule> listPaymentSchedules(@Parameter(hidden = true) Actor actor) {
        return reads.list(actor.homeCouncil());
    }

    @Operation(summary = "A payment schedule with its lines and corrections")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public PaymentSchedule showPaymentSchedule(@Parameter(hidden = true) Actor actor, UUID id) {
        return reads.show(actor.homeCouncil(), id);
    }

    @Operation(summary = "Approve a line with an exception as computed (a draft schedule)")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PaymentSchedule approvePaymentLine(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid LineApproval approval) {
        return review.approve(actor, id, approval);
    }

    @Operation(summary = "Pay a line with an exception for other minutes, saying why (a draft schedule)",
            description = "The amount is the minutes times the line's hourly rate over 60, rounded half up to a penny. A line that had no"
                    + " rate needs the hourly rate to pay it at (field hourlyRatePence).")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PaymentSchedule adjustPaymentLine(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid LineAdjustment adjustment) {
        return review.adjust(actor, id, adjustment);
    }

    @Operation(summary = "Make a draft schedule final: refused (409) while any exception is unresolved",
            description = "A final schedule never changes (corrections are new lines); its provider is told and can read it as a remittance.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PaymentSchedule finalisePaymentSchedule(@Parameter(hidden = true) Actor actor, UUID id) {
        return review.finalise(actor, id);
    }

    @Operation(summary = "Record a correction (pence to add or take back, and why) against a final schedule")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PaymentSchedule correctPaymentSchedule(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid CorrectionForm correction) {
        return review.correct(actor, id, correction);
    }

    @Operation(summary = "A payment schedule as CSV for your finance system (columns in docs/payment-schedules.md)")
    @ApiResponse(responseCode = "200", description = "A header row, one row per line and one per correction",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @Produces(CSV)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public String exportPaymentSchedule(@Parameter(hidden = true) Actor actor, UUID id) {
        return export.csv(actor.homeCouncil(), id);
    }

    @Operation(summary = "Your organisation's remittances: the councils' final payment schedules for it, newest first")
    @Secured("PROVIDER")
    @StandardProblems
    @Override
    public List<Remittance> listRemittances(@Parameter(hidden = true) Actor actor) {
        return remittances.list(actor);
    }

    @Operation(summary = "One remittance of your organisation, with its lines by package reference and date")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public Remittance showRemittance(@Parameter(hidden = true) Actor actor, UUID id) {
        return remittances.show(actor, id);
    }
}
