package uk.homecare.portal.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail: when, who (their username and role), what ({@code action}, a name of
 * {@link AuditAction}), to which record ({@code entityType} and {@code entityId}), for which person when
 * someone acted for them, and the details recorded with it as a JSON object.
 */
@Serdeable
public record AuditEntry(
        @Schema(example = "1042") long id,
        Instant occurredAt,
        @Schema(example = "admin@coventry.demo") String actor,
        @Schema(example = "ADMIN") String actorRole,
        @Schema(example = "COUNCIL_SETTINGS_CHANGED") String action,
        @Schema(example = "council") String entityType,
        @Nullable UUID entityId,
        @Nullable UUID actingFor,
        @Schema(description = "What was recorded with the action, as a JSON object",
                example = "{\"before\": {\"minVisitMinutes\": 30}, \"after\": {\"minVisitMinutes\": 45}}") String details) {}
