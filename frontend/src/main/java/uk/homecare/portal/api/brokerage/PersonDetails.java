package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The person a package is for. Seen by their council and, after award, by the provider that cares for them. */
@Serdeable
public record PersonDetails(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Past LocalDate dateOfBirth,
        @Nullable @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String nhsNumber,
        @NotBlank @Size(max = 200) String addressLine,
        @NotBlank @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "must be a UK postcode") String postcode) {}
