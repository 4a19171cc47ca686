package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A lot whose kept balance differs from the sum of its ledger entries. */
@Serdeable
public record LedgerMismatch(UUID lotId, UUID personId, int ledgerMinutes, int keptMinutes) {}
