package uk.homecare.portal.api.payments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a council pays a provider for a period: a FINAL schedule as the provider sees it (its lines by package reference
 * and date, and any corrections). Lines and corrections are left empty in lists.
 */
@Serdeable
public record Remittance(UUID id, UUID councilId, String councilName, LocalDate periodStart, LocalDate periodEnd,
        long linesTotalPence, long correctionsTotalPence, long totalPence, Instant finalisedAt, int lineCount,
        List<RemittanceLine> lines, List<PaymentCorrection> corrections) {}
