package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.Idempotency;

/**
 * Paying providers: a council's commissioners build a provider's payment schedule for a 28-day period from its visit
 * actuals, resolve its exceptions, finalise it, correct it by new lines and export it for finance (CSV); a provider sees
 * its final schedules as remittances. {@code C} is the caller: the UI's clients send a
 * {@link uk.homecare.portal.api.identity.Bearer}, the backend's controller receives the actor it verified.
 */
public interface PaymentOperations<C> {

    /** The media type of the finance export. */
    String CSV = "text/csv";

    @Post("/api/payment-schedules")
    PaymentSchedule buildPaymentSchedule(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200))
            @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body PaymentScheduleForm form);

    @Post("/api/payment-schedule-runs")
    PaymentRun buildPaymentSchedules(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200))
            @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body PaymentRunForm form);

    @Get("/api/payment-schedules")
    List<PaymentSchedule> listPaymentSchedules(@Parameter(hidden = true) C caller);

    @Get("/api/payment-schedules/{id}")
    PaymentSchedule showPaymentSchedule(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/payment-schedules/{id}/approvals")
    PaymentSchedule approvePaymentLine(@Parameter(hidden = true) C caller, UUID id, @Body LineApproval approval);

    @Post("/api/payment-schedules/{id}/adjustments")
    PaymentSchedule adjustPaymentLine(@Parameter(hidden = true) C caller, UUID id, @Body LineAdjustment adjustment);

    @Post("/api/payment-schedules/{id}/finalisation")
    PaymentSchedule finalisePaymentSchedule(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/payment-schedules/{id}/corrections")
    PaymentSchedule correctPaymentSchedule(@Parameter(hidden = true) C caller, UUID id, @Body CorrectionForm correction);

    @Get(value = "/api/payment-schedules/{id}/export", produces = CSV)
    String exportPaymentSchedule(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/remittances")
    List<Remittance> listRemittances(@Parameter(hidden = true) C caller);

    @Get("/api/remittances/{id}")
    Remittance showRemittance(@Parameter(hidden = true) C caller, UUID id);
}
