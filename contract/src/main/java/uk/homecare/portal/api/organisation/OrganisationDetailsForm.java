package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A provider organisation's own address and contact e-mail, as its administrator keeps them. */
@Serdeable
public record OrganisationDetailsForm(
        @Schema(example = "14 Spon End, Coventry") @NotBlank @Size(max = 200) String addressLine,
        @Schema(example = "CV1 3BH", maxLength = 8)
        @NotBlank @Pattern(regexp = OrganisationPatterns.POSTCODE, message = "must be a UK postcode") String postcode,
        @Schema(example = "office@sponend.example", maxLength = 254) @NotBlank @Email @Size(max = 254) String contactEmail) {}
