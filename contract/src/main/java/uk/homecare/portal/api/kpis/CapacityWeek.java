package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * Capacity reporting in one week of the period (a week whose Monday falls in it): the providers registered with the
 * council that week, expected to report, and how many of them did.
 */
@Serdeable
public record CapacityWeek(LocalDate weekStarts, int expected, int reported) {}
