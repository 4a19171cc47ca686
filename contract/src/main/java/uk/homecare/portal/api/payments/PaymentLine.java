package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.ServiceType;

/**
 * A line of a schedule: either the visits of one package in one week at one rate that have no exception
 * ({@code visitId} blank, {@code visits} of them from {@code visitDate} to {@code lastVisitDate}; minutes summed, the
 * amount rounded once for the line, approved as computed), or one visit with an exception ({@code visitId} set,
 * {@code visits} 1) and how the council resolved it. {@code approvedAmountPence} is what is paid; it is blank while an
 * exception is unresolved.
 */
@Serdeable
public record PaymentLine(
        UUID id,
        @Nullable UUID visitId,
        String packageReference,
        LocalDate visitDate,
        LocalDate lastVisitDate,
        int visits,
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
