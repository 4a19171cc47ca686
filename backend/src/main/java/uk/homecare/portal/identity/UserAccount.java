package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;

/** A person who signs in. */
@MappedEntity("app_user")
record UserAccount(
        @Id UUID id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable UUID councilId,
        @Nullable UUID organisationId,
        @Nullable UUID personId,
        String language,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        int sessionVersion) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
