package uk.homecare.portal.account;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;

/**
 * The one-time bootstrap of an installation ({@code ./portal admin create --email ...}): an invitation for the first
 * platform administrator, whose link is printed, not e-mailed. Refused once any platform administrator exists;
 * run again before the link is used, it replaces the link.
 */
@Singleton
public final class FirstPlatformAdmin {

    /** Refused: the installation already has a platform administrator. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Who the trail says did it: the installer at the command line, not an account. */
    private record Installer(UUID id, String username, Role role) implements uk.homecare.portal.audit.Doer {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final Invitations invitations;
    private final AccountSettings settings;
    private final AuditTrail audit;

    FirstPlatformAdmin(Sql sql, AcrossCouncils acrossCouncils, Invitations invitations, AccountSettings settings, AuditTrail audit) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.invitations = invitations;
        this.settings = settings;
        this.audit = audit;
    }

    /** Invites {@code email} as the first platform administrator and answers the single-use link to set a password. */
    public String invite(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        return acrossCouncils.run("the installation's first platform administrator belongs to no council", () -> {
            sql.one("select pg_advisory_xact_lock(?)", row -> true, 0x424f4f54L);
            if (sql.one("select 1 from app_user where role = 'PLATFORM_ADMIN' limit 1", row -> true).isPresent()) {
                throw new Refused(Problems.message("bootstrap.refused"));
            }
            if (sql.one("select 1 from app_user where username = ?", row -> true, address).isPresent()) {
                throw new Refused(Problems.message("invitation.email-taken"));
            }
            Invitations.Sent sent = invitations.write(address, "Platform administrator", Role.PLATFORM_ADMIN,
                    new Placement(null, null, null), null);
            audit.record(new Installer(sent.id(), "portal admin create", Role.PLATFORM_ADMIN), null,
                    AuditAction.PLATFORM_ADMIN_BOOTSTRAPPED, "invitation", sent.id(), Map.of());
            return settings.invitationLink(sent.token());
        });
    }
}
