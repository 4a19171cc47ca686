package uk.homecare.portal.account;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.account.InvitationDetails;
import uk.homecare.portal.api.account.InvitationOperations;
import uk.homecare.portal.api.account.NewAccount;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Accounts")
class InvitationController implements InvitationOperations {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Operation(security = {}, summary = "Read an invitation by its link's token",
            description = "Who invited you, to which role and organisation, and until when the link works: no more. 404 for a "
                    + "link that was used, revoked or has expired.")
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public InvitationDetails showInvitation(String token) {
        return invitations.show(token);
    }

    @Operation(security = {}, summary = "Accept an invitation: set a password, which makes the account",
            description = "The password: at least 12 characters, at most 256, not a commonly used one (400 naming the field). "
                    + "The link works once (404 after); an address that has meanwhile got an account is refused (409).")
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public NewAccount acceptInvitation(@Valid NewPassword acceptance) {
        return invitations.accept(acceptance);
    }
}
