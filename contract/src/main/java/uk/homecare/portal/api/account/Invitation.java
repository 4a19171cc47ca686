package uk.homecare.portal.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;

/** A pending invitation to make an account, as its administrators see it (never its token). */
@Serdeable
public record Invitation(
        UUID id,
        @Schema(example = "sam.patel@coventry.gov.uk") String email,
        @Schema(example = "Sam Patel") String displayName,
        Role role,
        @Nullable NamedRef council,
        @Nullable NamedRef organisation,
        Instant expiresAt,
        List<InvitationAction> actions) {

    public Invitation {
        actions = List.copyOf(actions);
    }
}
