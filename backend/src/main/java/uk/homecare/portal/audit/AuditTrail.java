package uk.homecare.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;

/** Records every change, in the same transaction as the change itself. */
@Singleton
public final class AuditTrail {

    private final AuditEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditEvents events, ObjectMapper json, Clock clock) {
        this.events = events;
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

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
