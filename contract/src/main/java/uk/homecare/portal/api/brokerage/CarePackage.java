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
        @Schema(description = "Needs that decide which provider can take the package on") List<MatchingNeed> matchingNeeds,
        @Schema(description = "How soon the package must find a provider") Urgency urgency,
        @Schema(description = "When the package became an emergency: it waited unallocated longer than its urgency's window; "
                + "absent while it has not", example = "2026-12-09T10:00:00Z")
        @Nullable Instant emergencyAt,
        @Schema(description = "When the package becomes an emergency if it still waits for a provider; absent when it waits for "
                + "none or already is one", example = "2026-12-09T10:00:00Z")
        @Nullable Instant escalatesAt) {

    @Creator
    public CarePackage {
        actions = actions == null ? List.of() : List.copyOf(actions);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        matchingNeeds = matchingNeeds == null ? List.of() : List.copyOf(matchingNeeds);
        urgency = Urgency.orRoutine(urgency);
    }

    /** A ROUTINE package that is no emergency. */
    public CarePackage(UUID id, String reference, PackageStatus status, NamedRef council, NamedRef zone, NamedRef lot,
            Funding funding, int weeklyMinutes, VisitPattern visitPattern, LocalDate startDate, String needsSummary,
            String postcodeDistrict, @Nullable PersonDetails person, @Nullable Instant stageEndsAt, @Nullable Instant publishedAt,
            @Nullable NamedRef awardedProvider, @Nullable Instant awardedAt, @Nullable LocalDate agreedStart,
            @Nullable LocalDate handBackOn, int version, List<PackageAction> actions, List<ScheduledVisit> schedule,
            List<MatchingNeed> matchingNeeds) {
        this(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate, needsSummary,
                postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn, version,
                actions, schedule, matchingNeeds, Urgency.ROUTINE, null, null);
    }

    /** Whether the package is an emergency now: it became one and still waits for a provider. */
    public boolean emergency() {
        return emergencyAt != null && switch (status) {
            case PRIMARY, SECONDARY, OPEN, REVIEW, UNALLOCATED -> true;
            default -> false;
        };
    }

    /** The same package, its urgency and escalation as given. */
    public CarePackage withEscalation(Urgency newUrgency, @Nullable Instant newEmergencyAt, @Nullable Instant newEscalatesAt) {
        return new CarePackage(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate,
                needsSummary, postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn,
                version, actions, schedule, matchingNeeds, newUrgency, newEmergencyAt, newEscalatesAt);
    }

    /** A package without a day-by-day schedule or matching needs. */
    public CarePackage(UUID id, String reference, PackageStatus status, NamedRef council, NamedRef zone, NamedRef lot,
            Funding funding, int weeklyMinutes, VisitPattern visitPattern, LocalDate startDate, String needsSummary,
            String postcodeDistrict, @Nullable PersonDetails person, @Nullable Instant stageEndsAt, @Nullable Instant publishedAt,
            @Nullable NamedRef awardedProvider, @Nullable Instant awardedAt, @Nullable LocalDate agreedStart,
            @Nullable LocalDate handBackOn, int version, List<PackageAction> actions) {
        this(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate, needsSummary,
                postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn, version,
                actions, List.of(), List.of(), Urgency.ROUTINE, null, null);
    }

    public CarePackage withActions(List<PackageAction> allowed) {
        return new CarePackage(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate,
                needsSummary, postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn,
                version, allowed, schedule, matchingNeeds, urgency, emergencyAt, escalatesAt);
    }
}
