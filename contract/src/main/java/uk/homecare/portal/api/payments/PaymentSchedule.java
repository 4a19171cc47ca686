package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A provider's payment schedule for a 28-day period. {@code totalPence} = {@code linesTotalPence} (the sum of the lines'
 * approved amounts) + {@code correctionsTotalPence}. Its lines and corrections are listed when one schedule is read, and
 * left empty in lists.
 */
@Serdeable
public record PaymentSchedule(
        UUID id,
        UUID providerId,
        String providerName,
        LocalDate periodStart,
        LocalDate periodEnd,
        PaymentStatus status,
        int lineCount,
        int openExceptions,
        long linesTotalPence,
        long correctionsTotalPence,
        long totalPence,
        Instant builtAt,
        @Nullable Instant finalisedAt,
        List<PaymentLine> lines,
        List<PaymentCorrection> corrections,
        List<PaymentScheduleAction> actions) {}
