package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Every lot's balance rebuilt from the ledger and compared with the balance kept: mismatches should be none. */
@Serdeable
public record LedgerCheck(int lotsChecked, List<LedgerMismatch> mismatches) {}
