package uk.homecare.portal.api.identity;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person types to sign in: username and password and, for an account with two-step verification,
 * the one-time code from their authenticator app or one of their recovery codes.
 */
@Serdeable
public record Credentials(@Schema(example = "commissioner@coventry.demo") @NotBlank @Size(max = 254) String username,
        @Schema(format = "password", example = "demo-password-2026") @NotBlank @Size(max = 200) String password,
        @Schema(description = """
                For an account with two-step verification: the 6-digit code from the authenticator app, or one of the \
                account's recovery codes. Without it such an account is refused with the problem type \
                urn:homecare-portal:problem:mfa-required.""", example = "492039", nullable = true)
        @Size(max = 40) @Nullable String oneTimeCode) {

    @Creator
    public Credentials {}

    /** Username and password only, for an account without two-step verification (or to learn that it has it). */
    public Credentials(String username, String password) {
        this(username, password, null);
    }

    /** Never the password or code, should a record be logged. */
    @Override
    public String toString() {
        return "Credentials[" + username + (oneTimeCode == null ? "" : ", with a code") + "]";
    }
}
