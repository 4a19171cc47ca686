package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A provider hands a package back: the last day it delivers care is the day before {@code effectiveOn}. */
@Serdeable
public record HandBackForm(@NotNull LocalDate effectiveOn, @NotBlank @Size(max = 500) String reason) {}
