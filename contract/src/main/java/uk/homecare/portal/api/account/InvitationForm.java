package uk.homecare.portal.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;

/**
 * Whom to invite, to which role, and where: {@code councilId} when the platform administrator invites a council's
 * administrator; {@code organisationId} for a provider's staff (a provider registered with the council, or the
 * provider administrator's own); {@code personId} for a person's own login. Others take the inviter's council
 * or organisation.
 */
@Serdeable
public record InvitationForm(
        @Schema(example = "sam.patel@coventry.gov.uk", maxLength = 254) @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "Sam Patel") @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        @Nullable UUID councilId,
        @Nullable UUID organisationId,
        @Nullable UUID personId) {}
