package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to sign in. */
@Serdeable
public record Credentials(@Schema(example = "commissioner@coventry.demo") @NotBlank @Size(max = 254) String username,
        @Schema(format = "password", example = "demo-password-2026") @NotBlank @Size(max = 200) String password) {}
