package uk.homecare.portal.account;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.account.AccountOperations;
import uk.homecare.portal.api.account.Invitation;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.account.RoleChange;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Secured({"ADMIN", "PROVIDER_ADMIN", "PLATFORM_ADMIN"})
@Tag(name = "Accounts")
class AccountController implements AccountOperations<Actor> {

    private final AccountAdministration administration;
    private final Invitations invitations;

    AccountController(AccountAdministration administration, Invitations invitations) {
        this.administration = administration;
        this.invitations = invitations;
    }

    @Operation(summary = "The accounts you look after, pending invitations, and the roles you may invite to",
            description = """
                    A council's administrator: the council's accounts. A provider administrator: the organisation's staff. \
                    The platform administrator: platform administrators and every council's administrators. Each account and \
                    invitation lists the actions you may take on it now.""")
    @StandardProblems
    @Override
    public AccountList listAccounts(Actor actor) {
        return administration.list(actor);
    }

    @Operation(summary = "Invite someone to make an account",
            description = """
                    E-mails a link that works once, for 7 days, to set a password and so make the account (the username is the \
                    e-mail address). Inviting an address again replaces its pending invitation; an address that already has an \
                    account is refused (409). A provider's staff need organisationId (a provider registered with your council), a \
                    person's own login personId (a person of your council), a council's administrator (platform administrator \
                    only) councilId.""")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Override
    public Invitation inviteUser(Actor actor, @Valid InvitationForm form) {
        return invitations.invite(actor, form);
    }

    @Operation(summary = "Revoke a pending invitation", description = "Its link stops working at once.")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public void revokeInvitation(Actor actor, UUID id) {
        invitations.revoke(actor, id);
    }

    @Operation(summary = "Deactivate an account",
            description = "It cannot sign in, and its tokens are refused from the next request. The last active administrator "
                    + "of a council, provider or the installation cannot be deactivated (409).")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Account deactivateAccount(Actor actor, UUID id) {
        return administration.deactivate(actor, id);
    }

    @Operation(summary = "Reactivate an account", description = "It may sign in again (its earlier tokens stay refused).")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Account reactivateAccount(Actor actor, UUID id) {
        return administration.reactivate(actor, id);
    }

    @Operation(summary = "Change an account's role",
            description = "To one of the account's rolesItMayTake; its tokens are refused from the next request, so it signs in "
                    + "again in the new role. The last active administrator cannot be demoted (409).")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Account changeAccountRole(Actor actor, UUID id, @Valid RoleChange change) {
        return administration.changeRole(actor, id, change.role());
    }
}
