package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a commissioner enters to draft a care package. Weekly care is in minutes (10 hours = 600). */
@Serdeable
@Schema(description = "A care package to draft for a person; publish it to start the offer cascade")
public record PackageForm(
        @Schema(example = "3f2c1a9e-7b4d-4c1e-9a51-2d8e6f0b7c11") @NotNull UUID zoneId,
        @Schema(example = "8b6e2d40-1f3a-4e7c-b2d9-5a0c9e4f6a22") @NotNull UUID lotId,
        @NotNull Funding funding,
        @Schema(example = "420") @NotNull @Min(15) @Max(10_080) Integer weeklyMinutes,
        @NotNull @Valid VisitPattern visitPattern,
        @Schema(example = "2026-12-07") @NotNull LocalDate startDate,
        @Schema(example = "Help with washing, dressing and meals after a hip operation; lives alone.")
        @NotBlank @Size(max = 2000) String needsSummary,
        @NotNull @Valid PersonDetails person,
        @Schema(description = "The week's visits, day by day; when given, their minutes add up to weeklyMinutes")
        @Nullable @Size(max = 56) List<@NotNull @Valid ScheduledVisit> schedule,
        @Schema(description = "Needs that decide which provider can take the package on; shown with its offers")
        @Nullable @Size(max = 4) Set<@NotNull MatchingNeed> matchingNeeds,
        @Schema(description = "How soon the package must find a provider; absent: ROUTINE. FAST_TRACK_CHC is for NHS_CHC funding only")
        @Nullable Urgency urgency) {

    @Creator
    public PackageForm {
        matchingNeeds = MatchingNeed.inOrder(matchingNeeds);
    }

    /** A package of ROUTINE urgency. */
    public PackageForm(UUID zoneId, UUID lotId, Funding funding, Integer weeklyMinutes, VisitPattern visitPattern,
            LocalDate startDate, String needsSummary, PersonDetails person, @Nullable List<ScheduledVisit> schedule,
            @Nullable Set<MatchingNeed> matchingNeeds) {
        this(zoneId, lotId, funding, weeklyMinutes, visitPattern, startDate, needsSummary, person, schedule, matchingNeeds, null);
    }

    /** The same form at another urgency. */
    public PackageForm withUrgency(@Nullable Urgency other) {
        return new PackageForm(zoneId, lotId, funding, weeklyMinutes, visitPattern, startDate, needsSummary, person, schedule,
                matchingNeeds, other);
    }

    /** A package without a day-by-day schedule or matching needs. */
    public PackageForm(UUID zoneId, UUID lotId, Funding funding, Integer weeklyMinutes, VisitPattern visitPattern,
            LocalDate startDate, String needsSummary, PersonDetails person) {
        this(zoneId, lotId, funding, weeklyMinutes, visitPattern, startDate, needsSummary, person, null, null, null);
    }
}
