package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Registers an NHS partner organisation by its ODS code, with the councils it serves (none yet is fine). */
@Serdeable
public record NhsPartnerForm(
        @Schema(example = "NHS Coventry and Warwickshire ICB") @NotBlank @Size(max = 200) String name,
        @Schema(example = "B2M3M", maxLength = 6)
        @NotBlank @Pattern(regexp = OrganisationPatterns.ODS_CODE, message = "must be an ODS code: 3 to 6 capitals and digits") String odsCode,
        @NotNull @Size(max = 100) List<@NotNull UUID> councilIds) {}
