package uk.homecare.portal.api.identity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Two-step verification: time-based one-time codes (RFC 6238) from an authenticator app, with single-use
 * recovery codes for a lost device, which a person sets up for their own account ({@link AccountMfaOperations}:
 * an administrator clears it). {@code C} is the caller: see {@link Bearer}.
 */
public interface MfaOperations<C> {

    /** Starts (or starts again) setting up: a new secret, not in force until a code from it is confirmed. */
    @Post("/api/me/mfa")
    MfaEnrolment startMfaEnrolment(@Parameter(hidden = true) C caller);

    /** Confirms the set-up with a code from the app; answers the recovery codes, shown this once. */
    @Post("/api/me/mfa/confirmation")
    RecoveryCodes confirmMfaEnrolment(@Parameter(hidden = true) C caller, @Body OneTimeCode code);

    /** New recovery codes for the old ones, given a current code from the app; answers them, shown this once. */
    @Post("/api/me/mfa/recovery-codes")
    RecoveryCodes regenerateRecoveryCodes(@Parameter(hidden = true) C caller, @Body OneTimeCode code);
}
