package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The council cancels a package, saying why: kept in its history, never sent to providers. */
@Serdeable
public record CancelForm(@NotBlank @Size(max = 500) String reason) {}
