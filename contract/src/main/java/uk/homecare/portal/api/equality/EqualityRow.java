package uk.homecare.portal.api.equality;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One group's figures for the packages published in the period (the cohort): the people and packages in it, the packages
 * awarded and the median minutes from publication to first award, the packages that were ever unallocated (and their
 * share of the group's packages, a whole percentage) and the packages handed back. Each figure may be suppressed.
 */
@Serdeable
public record EqualityRow(
        @Schema(description = "The group: an answer, UNKNOWN, URBAN or RURAL; ALL for the council's whole population", example = "FEMALE")
        String group,
        Figure people,
        Figure packages,
        Figure awarded,
        Figure medianMinutesToAward,
        Figure unallocated,
        Figure unallocatedPercent,
        Figure handedBack) {}
