package uk.homecare.portal.account;

import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;

/**
 * Whose accounts an administrator looks after, whom they may invite and which roles they may swap:
 * <ul>
 * <li>the platform administrator: platform administrators and every council's administrators; invites either;
 * <li>a council's administrator: the council's own accounts (staff, people, carers); invites its staff, its
 *     people and carers, and the first staff of providers registered with the council; swaps commissioner and
 *     administrator (provider staff are their provider administrator's to manage: they serve many councils);
 * <li>a provider administrator: the organisation's staff; invites and swaps provider and provider administrator.
 * </ul>
 */
record AccountScope(Role role, List<Role> invitable, List<Role> swappable, String accountFilter, @Nullable UUID key) {

    private static final String COLUMNS = "u.id, u.username, u.display_name, u.role, u.enabled, u.council_id, u.organisation_id";

    static AccountScope of(Actor actor) {
        return switch (actor.role()) {
            case PLATFORM_ADMIN -> new AccountScope(actor.role(), List.of(Role.PLATFORM_ADMIN, Role.ADMIN), List.of(),
                    "u.role in ('PLATFORM_ADMIN', 'ADMIN')", null);
            case ADMIN -> new AccountScope(actor.role(),
                    List.of(Role.COMMISSIONER, Role.ADMIN, Role.PROVIDER_ADMIN, Role.PROVIDER, Role.SERVICE_USER, Role.CARER),
                    List.of(Role.COMMISSIONER, Role.ADMIN), "u.council_id = ?", actor.homeCouncil());
            case PROVIDER_ADMIN -> new AccountScope(actor.role(), List.of(Role.PROVIDER_ADMIN, Role.PROVIDER),
                    List.of(Role.PROVIDER_ADMIN, Role.PROVIDER), "u.organisation_id = ? and u.role in ('PROVIDER', 'PROVIDER_ADMIN')",
                    actor.homeOrganisation());
            default -> throw new IllegalStateException("No accounts to look after as " + actor.role());
        };
    }

    /** The parameters of {@link #accounts}: none, or the council or organisation. */
    Object[] keys() {
        return key == null ? new Object[0] : new Object[] {key};
    }

    /** Selects the accounts in scope; parameters: {@link #keys}. */
    String accounts() {
        return "select " + COLUMNS + " from app_user u where " + accountFilter;
    }

    /** One account in scope; parameters: {@link #keys}, then its id. */
    String account() {
        return accounts() + " and u.id = ?";
    }

    /** The pending invitations the caller sees; parameters: the time, then {@link #invitationKeys}. */
    String pendingInvitations() {
        String filter = switch (role) {
            case PLATFORM_ADMIN -> "i.role in ('PLATFORM_ADMIN', 'ADMIN')";
            case ADMIN -> "(i.council_id = ? or i.invited_by in (select id from app_user where council_id = ?))";
            default -> "i.organisation_id = ? and i.role in ('PROVIDER', 'PROVIDER_ADMIN')";
        };
        return """
                select i.id, i.email, i.display_name, i.role, i.council_id, i.organisation_id, i.expires_at
                  from invitation i
                 where i.used_at is null and i.revoked_at is null and i.expires_at > ?::timestamptz and\s""" + filter;
    }

    Object[] invitationKeys() {
        return switch (role) {
            case PLATFORM_ADMIN -> new Object[0];
            case ADMIN -> new Object[] {key, key};
            default -> new Object[] {key};
        };
    }

    /** The roles an account of {@code current} role may be changed to by the caller. */
    List<Role> rolesFor(Role current) {
        if (!swappable.contains(current)) {
            return List.of();
        }
        return swappable.stream().filter(other -> other != current).toList();
    }
}
