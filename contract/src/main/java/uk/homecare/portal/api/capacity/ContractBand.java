package uk.homecare.portal.api.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The weekly care a provider's contract with the council expects, in minutes (Coventry: 1,200 to 1,500 hours); both empty for none. */
@Serdeable
public record ContractBand(@Nullable @Min(0) @Max(1_000_000) Integer minWeeklyMinutes, @Nullable @Min(0) @Max(1_000_000) Integer maxWeeklyMinutes) {}
