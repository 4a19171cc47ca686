package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * One zone of the market now, in minutes a week: capacity from providers' current (non-stale) reports,
 * demand (care waiting in OPEN, REVIEW or UNALLOCATED packages, and care not yet awarded that starts
 * within 4 weeks), the gap (demand beyond capacity, 0 when capacity covers it), and the 12-week trend.
 */
@Serdeable
public record ZoneMarket(
        NamedRef zone,
        int reportedDaytimeMinutes,
        int reportedOutOfHoursMinutes,
        int providersReporting,
        int doubleHandedProviders,
        int staff,
        int nonDrivingStaff,
        int waitingMinutes,
        int startingWithinFourWeeksMinutes,
        int gapMinutes,
        List<WeekPoint> trend) {}
