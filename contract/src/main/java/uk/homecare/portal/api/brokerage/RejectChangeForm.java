package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The council rejects what the provider reported, saying why; the provider is told the reason. */
@Serdeable
public record RejectChangeForm(@NotBlank @Size(max = 500) String reason) {}
