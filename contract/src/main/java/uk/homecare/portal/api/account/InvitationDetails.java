package uk.homecare.portal.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import uk.homecare.portal.api.identity.Role;

/** What the holder of an invitation's link is told before setting a password: who invited them, to what, and no more. */
@Serdeable
public record InvitationDetails(
        @Schema(example = "sam.patel@coventry.gov.uk") String email,
        @Schema(description = "Who invited them; absent for the installation's first administrator", example = "Coventry administrator")
        @Nullable String invitedBy,
        Role role,
        @Schema(description = "The council or organisation the account will belong to; absent for a platform administrator",
                example = "Coventry City Council") @Nullable String organisation,
        Instant expiresAt) {}
