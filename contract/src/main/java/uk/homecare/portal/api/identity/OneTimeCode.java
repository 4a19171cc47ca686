package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A 6-digit code from the authenticator app. */
@Serdeable
public record OneTimeCode(@Schema(description = "The 6-digit code the app shows now", example = "492039")
        @NotBlank @Size(max = 10) String code) {}
