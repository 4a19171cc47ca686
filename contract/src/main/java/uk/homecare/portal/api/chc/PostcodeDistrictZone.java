package uk.homecare.portal.api.chc;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** One line of a council's map from postcode district (e.g. CV5) to zone, used to place partner packages. */
@Serdeable
public record PostcodeDistrictZone(
        @NotNull @Size(max = 4) @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]?", message = "must be a postcode district such as CV5") String district,
        @NotNull UUID zoneId) {}
