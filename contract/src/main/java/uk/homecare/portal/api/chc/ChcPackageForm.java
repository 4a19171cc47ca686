package uk.homecare.portal.api.chc;

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
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.reference.ServiceCategory;

/**
 * A CHC package as a partner places it. The zone is given, or found from the person's postcode
 * district through the council's map. The lot is given, or chosen by the service category (GENERAL
 * when not given) among the lots of the council's frameworks in force on the start date: the zone's own
 * lot of that category, else a council-wide one; when that leaves not exactly one, the placement is
 * refused (422, lot-choice-needed) with the lots to choose from. The NHS number is required and must
 * pass the modulus 11 check. Weekly care is in minutes (10 hours = 600). The partner reference is the
 * partner's own identifier of the request: a second placement with it returns the first package. A schedule of
 * visits and matching needs may be given, under the same rules as a commissioner's package.
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
        @Nullable @Size(max = 64) String partnerReference,
        @Nullable ServiceCategory serviceCategory,
        @Schema(description = "The week's visits, day by day; when given, their minutes add up to weeklyMinutes")
        @Nullable @Size(max = 56) List<@NotNull @Valid ScheduledVisit> schedule,
        @Schema(description = "Needs that decide which provider can take the package on (e.g. a Welsh-speaking carer); shown with its offers")
        @Nullable @Size(max = 4) Set<@NotNull MatchingNeed> matchingNeeds,
        @Schema(description = "How soon the package must find a provider; absent: ROUTINE. A FAST_TRACK_CHC package (the CHC fast "
                + "track) is offered at once to every provider on the council's framework with spare capacity in its zone")
        @Nullable Urgency urgency) {

    @Creator
    public ChcPackageForm {
        matchingNeeds = MatchingNeed.inOrder(matchingNeeds);
    }

    /** A ROUTINE placement. */
    public ChcPackageForm(UUID councilId, @Nullable UUID zoneId, @Nullable UUID lotId, Integer weeklyMinutes,
            VisitPattern visitPattern, LocalDate startDate, String clinicalNeedsSummary, PersonDetails person,
            @Nullable String partnerReference, @Nullable ServiceCategory serviceCategory, @Nullable List<ScheduledVisit> schedule,
            @Nullable Set<MatchingNeed> matchingNeeds) {
        this(councilId, zoneId, lotId, weeklyMinutes, visitPattern, startDate, clinicalNeedsSummary, person, partnerReference,
                serviceCategory, schedule, matchingNeeds, null);
    }

    /**
     * The same placement at another urgency. The fingerprint of a placement is taken with ROUTINE as absent, so a retry that
     * spells the default out is the same request.
     */
    public ChcPackageForm withUrgency(@Nullable Urgency other) {
        return new ChcPackageForm(councilId, zoneId, lotId, weeklyMinutes, visitPattern, startDate, clinicalNeedsSummary, person,
                partnerReference, serviceCategory, schedule, matchingNeeds, other);
    }

    /** A placement without a day-by-day schedule or matching needs. */
    public ChcPackageForm(UUID councilId, @Nullable UUID zoneId, @Nullable UUID lotId, Integer weeklyMinutes,
            VisitPattern visitPattern, LocalDate startDate, String clinicalNeedsSummary, PersonDetails person,
            @Nullable String partnerReference, @Nullable ServiceCategory serviceCategory) {
        this(councilId, zoneId, lotId, weeklyMinutes, visitPattern, startDate, clinicalNeedsSummary, person, partnerReference,
                serviceCategory, null, null, null);
    }

    /** A placement without a service category: GENERAL care. */
    public ChcPackageForm(UUID councilId, @Nullable UUID zoneId, @Nullable UUID lotId, Integer weeklyMinutes,
            VisitPattern visitPattern, LocalDate startDate, String clinicalNeedsSummary, PersonDetails person,
            @Nullable String partnerReference) {
        this(councilId, zoneId, lotId, weeklyMinutes, visitPattern, startDate, clinicalNeedsSummary, person, partnerReference, null);
    }
}
