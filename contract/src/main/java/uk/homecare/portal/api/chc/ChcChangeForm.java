package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** Before award, the partner changes the weekly minutes, the start date, or both. */
@Serdeable
public record ChcChangeForm(@Nullable @Min(15) @Max(10_080) Integer weeklyMinutes, @Nullable LocalDate startDate) {}
