package uk.homecare.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.platform.Sql;

/** Records every change, in the same transaction as the change itself. */
@Singleton
public final class AuditTrail {

    private final AuditEvents events;
    private final Sql sql;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditEvents events, Sql sql, ObjectMapper json, Clock clock) {
        this.events = events;
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    public void record(Doer actor, @Nullable UUID councilId, AuditAction action, String entityType, UUID entityId,
            Map<String, ?> details) {
        record(actor, null, councilId, action, entityType, entityId, details);
    }

    public void record(Doer actor, @Nullable UUID actingFor, @Nullable UUID councilId, AuditAction action,
            String entityType, UUID entityId, Map<String, ?> details) {
        events.append(clock.instant(), councilId, actor.id(), actor.username(), actor.role().name(), actingFor, action.name(), entityType,
                entityId, toJson(details));
    }

    /** The same action on many entities of one council (a batch, such as a period's payment schedules), in one statement. */
    public void recordEach(Doer actor, UUID councilId, AuditAction action, String entityType, Map<UUID, ? extends Map<String, ?>> detailsByEntity) {
        if (detailsByEntity.isEmpty()) {
            return;
        }
        List<UUID> entities = new ArrayList<>(detailsByEntity.keySet());
        List<String> details = entities.stream().map(entity -> toJson(detailsByEntity.get(entity))).toList();
        sql.update("""
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                select ?, ?, ?, ?, ?, ?, ?, e.id, e.details::jsonb from unnest(?::uuid[], ?::text[]) as e(id, details)""",
                clock.instant(), councilId, actor.id(), actor.username(), actor.role().name(), action.name(), entityType, entities, details);
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
