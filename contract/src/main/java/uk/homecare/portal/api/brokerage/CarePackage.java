package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A care package as its council (or, after award, its provider) sees it. {@code stageEndsAt} is when
 * the current stage's response window closes; {@code person} is absent for anyone not entitled to it;
 * {@code agreedStart} is the start the awarded provider proposed and won with (absent until award);
 * {@code actions} is what the caller may do with it now.
 */
@Serdeable
public record CarePackage(
        UUID id,
        String reference,
        PackageStatus status,
        NamedRef council,
        NamedRef zone,
        NamedRef lot,
        Funding funding,
        int weeklyMinutes,
        VisitPattern visitPattern,
        LocalDate startDate,
        String needsSummary,
        String postcodeDistrict,
        @Nullable PersonDetails person,
        @Nullable Instant stageEndsAt,
        @Nullable Instant publishedAt,
        @Nullable NamedRef awardedProvider,
        @Nullable Instant awardedAt,
        @Schema(description = "The start the awarded provider proposed and won with; absent until award", example = "2026-12-09")
        @Nullable LocalDate agreedStart,
        @Nullable LocalDate handBackOn,
        int version,
        @Schema(description = "What the caller may do with this package now") List<PackageAction> actions,
        @Schema(description = "The week's visits, day by day; empty when only the visit pattern was given") List<ScheduledVisit> schedule,
        @Schema(description = "Needs that decide which provider can take the package on") List<MatchingNeed> matchingNeeds) {

    @Creator
    public CarePackage {
        actions = actions == null ? List.of() : List.copyOf(actions);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        matchingNeeds = matchingNeeds == null ? List.of() : List.copyOf(matchingNeeds);
    }

    /** A package without a day-by-day schedule or matching needs. */
    public CarePackage(UUID id, String reference, PackageStatus status, NamedRef council, NamedRef zone, NamedRef lot,
            Funding funding, int weeklyMinutes, VisitPattern visitPattern, LocalDate startDate, String needsSummary,
            String postcodeDistrict, @Nullable PersonDetails person, @Nullable Instant stageEndsAt, @Nullable Instant publishedAt,
            @Nullable NamedRef awardedProvider, @Nullable Instant awardedAt, @Nullable LocalDate agreedStart,
            @Nullable LocalDate handBackOn, int version, List<PackageAction> actions) {
        this(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate, needsSummary,
                postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn, version,
                actions, List.of(), List.of());
    }

    public CarePackage withActions(List<PackageAction> allowed) {
        return new CarePackage(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate,
                needsSummary, postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn,
                version, allowed, schedule, matchingNeeds);
    }
}
