package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The provider records a booked session as delivered, with the minutes it actually took. */
@Serdeable
public record DeliveryForm(@NotNull @Min(0) @Max(1_440) Integer actualMinutes) {}
