package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;

/** An account's two-step verification: its secret (being set up, or in force once enrolled) and the last step used. */
record MfaAccount(UUID id, String username, Role role, @Nullable UUID councilId, @Nullable String secret,
        @Nullable Instant enrolledAt, long lastStep) {

    boolean enrolled() {
        return enrolledAt != null;
    }
}
