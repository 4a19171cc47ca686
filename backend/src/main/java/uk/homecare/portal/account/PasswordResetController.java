package uk.homecare.portal.account;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.api.account.PasswordResetOperations;
import uk.homecare.portal.api.account.ResetRequest;
import uk.homecare.portal.api.account.ResetRequested;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Sign-in")
class PasswordResetController implements PasswordResetOperations {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @Operation(security = {}, summary = "Ask for a link to set a new password",
            description = "Answers the same (202) whether or not an account has the address; if an active one does, it is "
                    + "e-mailed a link that works once, within an hour.")
    @InvalidBodyProblems
    @Override
    public ResetRequested requestPasswordReset(@Valid ResetRequest request) {
        return resets.request(request);
    }

    @Operation(security = {}, summary = "Set a new password with the link's token",
            description = "The same rules as a new account's password (400 naming the field). The link works once (404 after, "
                    + "or once expired); the account is unlocked and every earlier sign-in ended.")
    @InvalidBodyProblems
    @NotFoundProblem
    @Override
    public void resetPassword(@Valid NewPassword reset) {
        resets.reset(reset);
    }
}
