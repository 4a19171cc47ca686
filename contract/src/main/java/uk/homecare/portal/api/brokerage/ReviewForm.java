package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** At a package's review, the commissioner moves it to another provider on its lot, saying why. */
@Serdeable
public record ReviewForm(@NotNull UUID providerId, @NotBlank @Size(max = 500) String reason) {}
