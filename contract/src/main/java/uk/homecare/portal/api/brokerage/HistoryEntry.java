package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One event in a package's life, from the audit trail: when, who (and in which role), what, and why.
 * {@code details} is the event's facts as one line of text; {@code facts} the same facts by name
 * (e.g. {@code provider}, {@code agreedStart}, {@code reason}), so that a reader can say them in words.
 */
@Serdeable
public record HistoryEntry(
        Instant at,
        String actor,
        String role,
        String action,
        String details,
        @Schema(description = "The event's facts by name, as in details", example = "{\"provider\": \"Acme Care\", \"agreedStart\": \"2026-12-09\"}")
        @Nullable Map<String, String> facts) {

    public HistoryEntry {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    /** An entry whose facts are only in {@code details}. */
    public HistoryEntry(Instant at, String actor, String role, String action, String details) {
        this(at, actor, role, action, details, Map.of());
    }
}
