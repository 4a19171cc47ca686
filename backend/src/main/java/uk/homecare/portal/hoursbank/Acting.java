package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import uk.homecare.portal.identity.Actor;

/**
 * Who is acting on a person's hours bank: the person themself, a carer for them (recorded as acting
 * for), or their council (which may look, not book).
 */
record Acting(Actor actor, UUID personId, UUID councilId, @Nullable UUID actingFor, boolean mayBook) {

    String name() {
        return actor.username();
    }

    String role() {
        return actor.role().name();
    }
}
