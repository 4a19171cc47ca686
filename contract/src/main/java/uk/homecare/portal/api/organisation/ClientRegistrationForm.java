package uk.homecare.portal.api.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** Registers an API client for a partner: the client id it will send, or none for one made up from the ODS code. */
@Serdeable
public record ClientRegistrationForm(
        @Schema(example = "coventry-icb-live", maxLength = 63)
        @Nullable @Pattern(regexp = OrganisationPatterns.CLIENT_ID, message = "must be 3 to 63 lower case letters, digits and hyphens")
        String clientId) {}
