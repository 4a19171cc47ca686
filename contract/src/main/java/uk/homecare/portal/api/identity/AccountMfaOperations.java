package uk.homecare.portal.api.identity;

import io.micronaut.http.annotation.Delete;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * A council's administrator clears the two-step verification of a member of their council who lost their device.
 * {@code C} is the caller: see {@link Bearer}.
 */
public interface AccountMfaOperations<C> {

    /** Clears the account's two-step verification: its owner sets it up again (at next sign-in if the council requires it). */
    @Delete("/api/accounts/{accountId}/mfa")
    void resetAccountMfa(@Parameter(hidden = true) C caller, UUID accountId);
}
