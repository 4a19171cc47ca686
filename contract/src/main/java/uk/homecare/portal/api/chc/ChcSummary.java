package uk.homecare.portal.api.chc;

import io.micronaut.serde.annotation.Serdeable;

/** CHC care commissioned (awarded) and waiting, against the council's requirement, in minutes a week. */
@Serdeable
public record ChcSummary(
        int requiredWeeklyMinutes,
        int commissionedWeeklyMinutes,
        int waitingWeeklyMinutes,
        int packagesCommissioned,
        int packagesWaiting) {}
