package uk.homecare.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One entry of the audit trail, as stored. */
@MappedEntity("audit_event")
record AuditEvent(
        @Id @GeneratedValue Long id,
        Instant occurredAt,
        @Nullable UUID councilId,
        @Nullable UUID actorId,
        String actorName,
        String actorRole,
        @Nullable UUID actingFor,
        String action,
        String entityType,
        @Nullable UUID entityId) {}
