package uk.homecare.portal.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A correction of a person's record: every detail as it should now read, and the version that was
 * loaded (409 when someone changed the record since). The NHS number must pass the modulus 11 check
 * and belong to no one else in the council.
 */
@Serdeable
public record PersonForm(
        @Schema(example = "Margaret") @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Okafor") @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "1941-03-14") @NotNull @Past LocalDate dateOfBirth,
        @Schema(maxLength = 10, example = "9434765919") @Nullable @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String nhsNumber,
        @Schema(example = "14 Spon End") @NotBlank @Size(max = 200) String addressLine,
        // Letters of either case spelled out, not with Java's (?i): the spec publishes this pattern to clients.
        @Schema(maxLength = 8, example = "CV1 3BH")
        @NotBlank @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode") String postcode,
        @Schema(description = "The version you loaded", maximum = "2147483647", example = "2") @NotNull @Min(0) Integer version,
        @Schema(description = "en (English) or cy (Welsh); unchanged when empty", maxLength = 2, example = "en")
        @Nullable @Pattern(regexp = "en|cy", message = "must be en or cy") String language) {

    /** A correction that keeps the person's language. */
    public PersonForm(String givenName, String familyName, LocalDate dateOfBirth, @Nullable String nhsNumber, String addressLine,
            String postcode, Integer version) {
        this(givenName, familyName, dateOfBirth, nhsNumber, addressLine, postcode, version, null);
    }
}
