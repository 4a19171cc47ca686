package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A line of a remittance: the package's reference, the days of its visits (one visit, or the visits of a week at one
 * rate), how many, and the minutes, rate and amount paid.
 */
@Serdeable
public record RemittanceLine(String packageReference, LocalDate visitDate, LocalDate lastVisitDate, int visits, int paidMinutes, @Nullable Integer ratePence,
        long amountPence, @Nullable PaymentException exception, @Nullable String adjustmentReason) {}
