package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** What a commissioner enters to draft a care package. Weekly care is in minutes (10 hours = 600). */
@Serdeable
public record PackageForm(
        @NotNull UUID zoneId,
        @NotNull UUID lotId,
        @NotNull Funding funding,
        @NotNull @Min(15) @Max(10_080) Integer weeklyMinutes,
        @NotNull @Valid VisitPattern visitPattern,
        @NotNull LocalDate startDate,
        @NotBlank @Size(max = 2000) String needsSummary,
        @NotNull @Valid PersonDetails person) {}
