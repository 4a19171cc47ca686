package uk.homecare.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEvents extends GenericRepository<AuditEvent, Long> {

    @Query("""
            insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, acting_for, action, entity_type, entity_id, details)
            values (:occurredAt, :councilId, :actorId, :actorName, :actorRole, :actingFor, :action, :entityType, :entityId, cast(:details as jsonb))""")
    void append(Instant occurredAt, @Nullable UUID councilId, @Nullable UUID actorId, String actorName, String actorRole, @Nullable UUID actingFor,
            String action, String entityType, UUID entityId, String details);
}
