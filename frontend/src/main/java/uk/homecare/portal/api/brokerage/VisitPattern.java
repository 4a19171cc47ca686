package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** How care is delivered: visits a day, each visit's length, when, out of hours or not, one carer or two. */
@Serdeable
public record VisitPattern(
        @NotNull @Min(1) @Max(8) Integer visitsPerDay,
        @NotNull @Min(1) @Max(720) Integer visitMinutes,
        @NotEmpty List<TimeOfDay> timesOfDay,
        boolean outOfHours,
        boolean doubleHanded) {}
