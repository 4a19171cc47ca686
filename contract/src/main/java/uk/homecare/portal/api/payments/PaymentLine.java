package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.ServiceType;

/**
 * One visit on a schedule: what was planned and delivered, the rate, the computed paid minutes and amount, and (for an
 * exception) how the council resolved it. {@code approvedAmountPence} is what is paid; it is blank while an exception is
 * unresolved.
 */
@Serdeable
public record PaymentLine(
        UUID id,
        UUID visitId,
        String packageReference,
        LocalDate visitDate,
        int plannedMinutes,
        int actualMinutes,
        int carersPresent,
        int carersCommissioned,
        boolean missed,
        ServiceType serviceType,
        @Nullable RateSource rateSource,
        @Nullable Integer ratePence,
        int paidMinutes,
        long amountPence,
        @Nullable PaymentException exception,
        @Nullable Resolution resolution,
        @Nullable Integer approvedMinutes,
        @Nullable Integer approvedRatePence,
        @Nullable Long approvedAmountPence,
        @Nullable String resolutionReason) {}
