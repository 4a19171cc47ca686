package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.VisitPattern;

/**
 * A CHC package as a partner places it. The zone is given, or found from the person's postcode
 * district through the council's map; the lot defaults to the zone's lot. The NHS number is required
 * and must pass the modulus 11 check. Weekly care is in minutes (10 hours = 600).
 */
@Serdeable
public record ChcPackageForm(
        @NotNull UUID councilId,
        @Nullable UUID zoneId,
        @Nullable UUID lotId,
        @NotNull @Min(15) @Max(10_080) Integer weeklyMinutes,
        @NotNull @Valid VisitPattern visitPattern,
        @NotNull LocalDate startDate,
        @NotBlank @Size(max = 2000) String clinicalNeedsSummary,
        @NotNull @Valid PersonDetails person,
        @Nullable @Size(max = 64) String partnerReference) {}
