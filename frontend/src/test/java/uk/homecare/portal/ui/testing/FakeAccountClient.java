package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.AccountAction;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.CouncilForm;
import uk.homecare.portal.api.account.Invitation;
import uk.homecare.portal.api.account.InvitationAction;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.account.RoleChange;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.ui.client.AccountClient;

/**
 * Accounts and councils in memory: Coventry's commissioner Cora (active, may be made an administrator) and a
 * deactivated commissioner; invitations as sent; the roles an administrator may invite to, as the API says.
 */
@Singleton
@Replaces(AccountClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeAccountClient extends FakeApi implements AccountClient {

    public final List<Account> accounts = new ArrayList<>();
    public final List<Invitation> invitations = new ArrayList<>();
    public final List<Council> councils = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    public List<Role> invitableRoles = List.of();

    public void reset() {
        forgetCalls();
        accounts.clear();
        invitations.clear();
        councils.clear();
        calls.clear();
        invitableRoles = List.of(Role.COMMISSIONER, Role.ADMIN, Role.PROVIDER_ADMIN, Role.PROVIDER, Role.SERVICE_USER, Role.CARER);
        accounts.add(new Account(UUID.randomUUID(), "cora@coventry.gov.uk", "Cora Commissioner", Role.COMMISSIONER,
                FakeIdentityClient.COVENTRY, null, true, List.of(AccountAction.DEACTIVATE, AccountAction.CHANGE_ROLE), List.of(Role.ADMIN)));
        accounts.add(new Account(UUID.randomUUID(), "gone@coventry.gov.uk", "Gone Commissioner", Role.COMMISSIONER,
                FakeIdentityClient.COVENTRY, null, false, List.of(AccountAction.REACTIVATE), List.of()));
        councils.add(new Council(FakeIdentityClient.COVENTRY.id(), "coventry", FakeIdentityClient.COVENTRY.name(), null, "E08000026",
                uk.homecare.portal.api.account.Nation.ENGLAND, "en", 1, 0));
    }

    @Override
    public AccountList listAccounts(Bearer caller) {
        call(caller, null);
        return new AccountList(accounts, invitations, invitableRoles);
    }

    @Override
    public Invitation inviteUser(Bearer caller, InvitationForm form) {
        call(caller, form);
        var invitation = new Invitation(UUID.randomUUID(), form.email().toLowerCase(), form.displayName(), form.role(),
                FakeIdentityClient.COVENTRY, null, Instant.parse("2030-01-01T00:00:00Z"), List.of(InvitationAction.REVOKE));
        invitations.add(invitation);
        return invitation;
    }

    @Override
    public void revokeInvitation(Bearer caller, UUID id) {
        call(caller, null);
        calls.add("revoke " + id);
        invitations.removeIf(invitation -> invitation.id().equals(id));
    }

    @Override
    public Account deactivateAccount(Bearer caller, UUID id) {
        call(caller, null);
        calls.add("deactivate " + id);
        return replace(id, account -> new Account(account.id(), account.username(), account.displayName(), account.role(),
                account.council(), account.organisation(), false, List.of(AccountAction.REACTIVATE), List.of()));
    }

    @Override
    public Account reactivateAccount(Bearer caller, UUID id) {
        call(caller, null);
        calls.add("reactivate " + id);
        return replace(id, account -> new Account(account.id(), account.username(), account.displayName(), account.role(),
                account.council(), account.organisation(), true, List.of(AccountAction.DEACTIVATE), List.of()));
    }

    @Override
    public Account changeAccountRole(Bearer caller, UUID id, RoleChange change) {
        call(caller, change);
        calls.add("role " + change.role() + " " + id);
        return replace(id, account -> new Account(account.id(), account.username(), account.displayName(), change.role(),
                account.council(), account.organisation(), account.enabled(), account.actions(), List.of(account.role())));
    }

    @Override
    public List<Council> listCouncils(Bearer caller) {
        call(caller, null);
        return councils;
    }

    @Override
    public Council createCouncil(Bearer caller, CouncilForm form) {
        call(caller, form);
        var council = new Council(UUID.randomUUID(), form.code(), form.name(), null, form.odsCode(), form.nation(), form.language(), 0, 0);
        councils.add(council);
        return council;
    }

    private Account replace(UUID id, java.util.function.UnaryOperator<Account> change) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).id().equals(id)) {
                accounts.set(i, change.apply(accounts.get(i)));
                return accounts.get(i);
            }
        }
        throw new IllegalArgumentException("No account " + id);
    }
}
