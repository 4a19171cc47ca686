package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** One week of a zone's trend: capacity reported for that week, and the care published that week (new demand), in minutes. */
@Serdeable
public record WeekPoint(LocalDate weekStarts, int reportedMinutes, int newDemandMinutes) {}
