package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A single-use token from an e-mailed link (an invitation or a password reset) and the password to set: at least
 * 12 characters, at most 256, any characters, and not one of the commonly used passwords.
 */
@Serdeable
public record NewPassword(
        @Schema(description = "The token from the link", example = "Vd7bF9QeJm3X2kPz0aLwHn5sT8yC1rUo4iGqEfBj6Dc")
        @NotBlank @Size(max = 100) String token,
        @Schema(format = "password", example = "correct horse battery staple", maxLength = 256) @NotBlank @Size(max = 1000) String password) {}
