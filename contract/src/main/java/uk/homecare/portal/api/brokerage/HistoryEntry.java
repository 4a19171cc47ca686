package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One event in a package's life, from the audit trail: when, who (and in which role), what, and why. */
@Serdeable
public record HistoryEntry(Instant at, String actor, String role, String action, String details) {}
