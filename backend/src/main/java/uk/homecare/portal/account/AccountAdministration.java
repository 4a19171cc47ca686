package uk.homecare.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.AccountAction;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Administrators deactivate, reactivate and change the role of the accounts they look after ({@link AccountScope}).
 * Each change bumps the account's session version, so its tokens are refused from the next request. No change
 * may leave a council, a provider or the installation without an active administrator (409).
 */
@Singleton
class AccountAdministration {

    private static final long ADMINISTRATOR_CHANGES = 0x4143434f554e5453L;

    private final Sql sql;
    private final AuditTrail audit;
    private final Invitations invitations;

    AccountAdministration(Sql sql, AuditTrail audit, Invitations invitations) {
        this.sql = sql;
        this.audit = audit;
        this.invitations = invitations;
    }

    @Transactional
    AccountList list(Actor actor) {
        AccountScope scope = AccountScope.of(actor);
        List<AccountRow> rows = sql.list(scope.accounts() + " order by u.role, u.display_name, u.id", AccountRow::of, scope.keys());
        Map<UUID, NamedRef> names = new HashMap<>();
        List<Account> accounts = new ArrayList<>();
        for (AccountRow row : rows) {
            accounts.add(resource(actor, scope, row, names));
        }
        return new AccountList(accounts, invitations.pending(actor), scope.invitable());
    }

    @Transactional
    Account deactivate(Actor actor, UUID id) {
        AccountScope scope = AccountScope.of(actor);
        AccountRow account = lockInScope(scope, id);
        if (!account.enabled()) {
            throw PortalProblem.conflict(Problems.message("account.already", "deactivated"));
        }
        refuseLeavingNoAdministrator(account);
        sql.update("update app_user set enabled = false, session_version = session_version + 1 where id = ?", id);
        audit.record(actor, actor.councilId(), AuditAction.ACCOUNT_DEACTIVATED, "app_user", id, Map.of());
        return reread(actor, scope, id);
    }

    @Transactional
    Account reactivate(Actor actor, UUID id) {
        AccountScope scope = AccountScope.of(actor);
        AccountRow account = lockInScope(scope, id);
        if (account.enabled()) {
            throw PortalProblem.conflict(Problems.message("account.already", "active"));
        }
        sql.update("""
                update app_user set enabled = true, failed_logins = 0, locked_until = null, session_version = session_version + 1
                 where id = ?""", id);
        audit.record(actor, actor.councilId(), AuditAction.ACCOUNT_REACTIVATED, "app_user", id, Map.of());
        return reread(actor, scope, id);
    }

    @Transactional
    Account changeRole(Actor actor, UUID id, Role role) {
        AccountScope scope = AccountScope.of(actor);
        AccountRow account = lockInScope(scope, id);
        if (!account.enabled()) {
            throw PortalProblem.conflict(Problems.message("account.already", "deactivated"));
        }
        if (!scope.rolesFor(account.role()).contains(role)) {
            throw PortalProblem.invalid("role", Problems.message("account.role-not-allowed"));
        }
        refuseLeavingNoAdministrator(account);
        sql.update("update app_user set role = ?, session_version = session_version + 1 where id = ?", role, id);
        audit.record(actor, actor.councilId(), AuditAction.ROLE_CHANGED, "app_user", id,
                Map.of("from", account.role().name(), "to", role.name()));
        return reread(actor, scope, id);
    }

    private AccountRow lockInScope(AccountScope scope, UUID id) {
        // One lock for every change that could leave no administrator: such changes are rare, and two administrators
        // deactivating each other at once then run one after the other instead of both succeeding.
        sql.one("select pg_advisory_xact_lock(?)", row -> true, ADMINISTRATOR_CHANGES);
        return sql.one(scope.account() + " for update", AccountRow::of, withId(scope, id))
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("account.not-found")));
    }

    private static Object[] withId(AccountScope scope, UUID id) {
        Object[] keys = scope.keys();
        Object[] all = new Object[keys.length + 1];
        System.arraycopy(keys, 0, all, 0, keys.length);
        all[keys.length] = id;
        return all;
    }

    private Account reread(Actor actor, AccountScope scope, UUID id) {
        AccountRow row = sql.one(scope.account(), AccountRow::of, withId(scope, id)).orElseThrow();
        return resource(actor, scope, row, new HashMap<>());
    }

    /**
     * An active administrator may not be deactivated or demoted when no other active one of the same council,
     * provider or installation would be left (checked under the lock {@link #lockInScope} takes).
     */
    private void refuseLeavingNoAdministrator(AccountRow account) {
        if (lastAdministrator(account)) {
            throw PortalProblem.conflict(Problems.message("account.last-admin"));
        }
    }

    private boolean lastAdministrator(AccountRow account) {
        if (!account.enabled()) {
            return false;
        }
        List<UUID> others = switch (account.role()) {
            case ADMIN -> sql.list("select id from app_user where role = 'ADMIN' and enabled and council_id = ? and id <> ?",
                    row -> Sql.uuid(row, "id"), account.councilId(), account.id());
            case PROVIDER_ADMIN -> sql.list("""
                    select id from app_user where role = 'PROVIDER_ADMIN' and enabled and organisation_id = ? and id <> ?""",
                    row -> Sql.uuid(row, "id"), account.organisationId(), account.id());
            case PLATFORM_ADMIN -> sql.list("select id from app_user where role = 'PLATFORM_ADMIN' and enabled and id <> ?",
                    row -> Sql.uuid(row, "id"), account.id());
            default -> List.of(account.id());
        };
        return others.isEmpty();
    }

    private Account resource(Actor actor, AccountScope scope, AccountRow row, Map<UUID, NamedRef> names) {
        List<AccountAction> actions = new ArrayList<>();
        List<Role> roles = List.of();
        if (Capabilities.has(actor, Capability.MANAGE_ACCOUNTS)) {
            boolean last = lastAdministrator(row);
            if (row.enabled() && !last) {
                actions.add(AccountAction.DEACTIVATE);
            }
            if (!row.enabled()) {
                actions.add(AccountAction.REACTIVATE);
            }
            roles = last || !row.enabled() ? List.of() : scope.rolesFor(row.role());
            if (!roles.isEmpty()) {
                actions.add(AccountAction.CHANGE_ROLE);
            }
        }
        return new Account(row.id(), row.username(), row.displayName(), row.role(), name(row.councilId(), "council", names),
                name(row.organisationId(), "organisation", names), row.enabled(), actions, roles);
    }

    private @Nullable NamedRef name(@Nullable UUID id, String table, Map<UUID, NamedRef> names) {
        if (id == null) {
            return null;
        }
        return names.computeIfAbsent(id, key -> sql.one("select id, name from " + table + " where id = ?",
                row -> new NamedRef(Sql.uuid(row, "id"), row.getString("name")), key).orElse(null));
    }
}
