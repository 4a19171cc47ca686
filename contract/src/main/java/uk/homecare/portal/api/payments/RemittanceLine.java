package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** One paid visit on a remittance: the package's reference and the visit's day, minutes, rate and amount paid. */
@Serdeable
public record RemittanceLine(String packageReference, LocalDate visitDate, int paidMinutes, @Nullable Integer ratePence,
        long amountPence, @Nullable PaymentException exception, @Nullable String adjustmentReason) {}
