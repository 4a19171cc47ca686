package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The e-mail address of the account whose password is forgotten. */
@Serdeable
public record ResetRequest(@Schema(example = "sam.patel@coventry.gov.uk", maxLength = 254) @NotBlank @Size(max = 254) String email) {}
