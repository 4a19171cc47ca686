package uk.homecare.portal.api.payments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A correction recorded against a final schedule. */
@Serdeable
public record PaymentCorrection(UUID id, long amountPence, String reason, Instant recordedAt) {}
