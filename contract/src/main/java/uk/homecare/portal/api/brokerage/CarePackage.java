package uk.homecare.portal.api.brokerage;

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
        @Schema(description = "What the caller may do with this package now") List<PackageAction> actions) {

    public CarePackage {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public CarePackage withActions(List<PackageAction> allowed) {
        return new CarePackage(id, reference, status, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate,
                needsSummary, postcodeDistrict, person, stageEndsAt, publishedAt, awardedProvider, awardedAt, agreedStart, handBackOn,
                version, allowed);
    }
}
