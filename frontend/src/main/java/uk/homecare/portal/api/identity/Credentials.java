package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** What a person types to sign in. */
@Serdeable
public record Credentials(@NotBlank String username, @NotBlank String password) {}
