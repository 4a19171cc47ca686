package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Care delivered against care commissioned in the period, in minutes. {@code commissionedMinutes}: each awarded package's
 * weekly minutes over the days of the period it ran (from its start to its end, if it ended), pro rata, as its terms stand
 * now. From visit actuals, where providers recorded them: the minutes planned for the visits recorded, the minutes delivered,
 * and the visits recorded and missed.
 */
@Serdeable
public record Delivery(long commissionedMinutes, long plannedMinutes, long deliveredMinutes, int visitsRecorded, int visitsMissed) {}
