package uk.homecare.portal.api.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers a provider with the caller's council. A provider another council already registered (same
 * regulator and provider id) is linked as it is: its shared details are not changed by this form.
 */
@Serdeable
public record ProviderRegistrationForm(
        @Schema(example = "Spon End Home Support Ltd") @NotBlank @Size(max = 200) String name,
        @Schema(description = "CQC in England, CIW in Wales: the council's nation decides") @NotNull Regulator regulator,
        @Schema(example = "1-101234567", maxLength = 17)
        @NotBlank @Pattern(regexp = Regulator.ANY_ID, message = "must be a CQC id (1-101234567) or a CIW service id (SIN-00012345-ABCD)")
        String regulatorProviderId,
        @Schema(example = "1-101234568", maxLength = 17)
        @Nullable @Pattern(regexp = Regulator.ANY_ID, message = "must be a CQC id (1-101234567) or a CIW service id (SIN-00012345-ABCD)")
        String regulatorLocationId,
        @Schema(example = "AXG01", maxLength = 6)
        @Nullable @Pattern(regexp = OrganisationPatterns.ODS_CODE, message = "must be an ODS code: 3 to 6 capitals and digits") String odsCode,
        @Schema(example = "14 Spon End, Coventry") @NotBlank @Size(max = 200) String addressLine,
        @Schema(example = "CV1 3BH", maxLength = 8)
        @NotBlank @Pattern(regexp = OrganisationPatterns.POSTCODE, message = "must be a UK postcode") String postcode,
        @Schema(example = "office@sponend.example", maxLength = 254) @NotBlank @Email @Size(max = 254) String contactEmail) {}
