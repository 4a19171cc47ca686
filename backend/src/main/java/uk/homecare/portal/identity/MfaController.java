package uk.homecare.portal.identity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.identity.MfaEnrolment;
import uk.homecare.portal.api.identity.MfaOperations;
import uk.homecare.portal.api.identity.OneTimeCode;
import uk.homecare.portal.api.identity.RecoveryCodes;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

/** Two-step verification: each person of the roles that may sets it up for themselves. */
@Controller
@Tag(name = "Sign-in")
@Secured({"COMMISSIONER", "ADMIN", "PROVIDER", "PROVIDER_ADMIN", "PLATFORM_ADMIN"})
class MfaController implements MfaOperations<Actor> {

    private final TwoStepVerification twoStep;

    MfaController(TwoStepVerification twoStep) {
        this.twoStep = twoStep;
    }

    @Operation(summary = "Start setting up two-step verification: a new secret for an authenticator app",
            description = """
                    Answers the secret and an otpauth:// URI (HMAC-SHA1, 6 digits, 30 seconds) for the person's app. \
                    Nothing is in force until a code from it is confirmed; starting again replaces the secret. \
                    A token good only for setting up two-step verification may call this.""")
    @StandardProblems
    @ConflictProblem
    @AllowedBeforeMfaEnrolment
    @Override
    public MfaEnrolment startMfaEnrolment(@Parameter(hidden = true) Actor actor) {
        return twoStep.start(actor);
    }

    @Operation(summary = "Confirm the set-up with a code from the app; answers ten recovery codes, shown this once",
            description = "From now on signing in needs a one-time code too. Sign in again afterwards for a full token.")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @AllowedBeforeMfaEnrolment
    @Override
    public RecoveryCodes confirmMfaEnrolment(@Parameter(hidden = true) Actor actor, @Body @Valid OneTimeCode code) {
        return twoStep.confirm(actor, code.code());
    }

    @Operation(summary = "Replace the recovery codes, given a current code from the app; answers the new ones, shown this once")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Override
    public RecoveryCodes regenerateRecoveryCodes(@Parameter(hidden = true) Actor actor, @Body @Valid OneTimeCode code) {
        return twoStep.regenerate(actor, code.code());
    }
}
