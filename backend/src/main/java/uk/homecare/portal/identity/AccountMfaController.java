package uk.homecare.portal.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import uk.homecare.portal.api.identity.AccountMfaOperations;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

/** A council's administrator clears a member's two-step verification after a lost device. */
@Controller
@Tag(name = "Sign-in")
@Secured("ADMIN")
class AccountMfaController implements AccountMfaOperations<Actor> {

    private final TwoStepVerification twoStep;

    AccountMfaController(TwoStepVerification twoStep) {
        this.twoStep = twoStep;
    }

    @Operation(summary = "Clear the two-step verification of a member of your council who lost their device",
            description = """
                    Their secret and recovery codes are deleted; they set it up again (at their next sign-in, if the \
                    council requires it). Not for your own account: another administrator clears that.""")
    @Status(HttpStatus.NO_CONTENT)
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public void resetAccountMfa(@Parameter(hidden = true) Actor actor, UUID accountId) {
        twoStep.reset(actor, accountId);
    }
}
