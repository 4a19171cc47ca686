package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** How many providers held a contract with the council on the first day of a month. */
@Serdeable
public record MonthPoint(LocalDate month, int activeProviders) {}
