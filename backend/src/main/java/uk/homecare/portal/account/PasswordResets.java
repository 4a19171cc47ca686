package uk.homecare.portal.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.api.account.ResetRequest;
import uk.homecare.portal.api.account.ResetRequested;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.PasswordHasher;
import uk.homecare.portal.identity.SignInThrottle;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.OutgoingEmail;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A forgotten password: the portal e-mails a link that works once, within an hour, to an active account with the
 * address, and answers the same whether or not there is one (the same body, and about the same time: the slow
 * hash is computed either way). The link sets a new password, unlocks the account and ends its sessions.
 */
@Singleton
class PasswordResets {

    private static final String ACCOUNT = """
            select id, username, display_name, role, council_id from app_user where username = ? and enabled""";

    private static final String TAKE = """
            update password_reset set used_at = ?::timestamptz
             where token_hash = ? and used_at is null and expires_at > ?::timestamptz
            returning user_id""";

    private static final String SET_PASSWORD = """
            update app_user set password_hash = ?, failed_logins = 0, locked_until = null, session_version = session_version + 1
             where id = ?
            returning id, username, role, council_id""";

    private record Holder(UUID id, String username, String displayName, Role role, @Nullable UUID councilId) {}

    private final Sql sql;
    private final Clock clock;
    private final AuditTrail audit;
    private final OutgoingEmail email;
    private final AccountSettings settings;
    private final PasswordHasher hasher;
    private final AcrossCouncils acrossCouncils;
    private final SignInThrottle signInLocks;

    PasswordResets(Sql sql, Clock clock, AuditTrail audit, OutgoingEmail email, AccountSettings settings, PasswordHasher hasher,
            AcrossCouncils acrossCouncils, SignInThrottle signInLocks) {
        this.signInLocks = signInLocks;
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.email = email;
        this.settings = settings;
        this.hasher = hasher;
        this.acrossCouncils = acrossCouncils;
    }

    ResetRequested request(ResetRequest request) {
        String address = request.email().trim().toLowerCase(Locale.ROOT);
        // The slow part, for every request alike: an answer for an unknown address takes as long as for a known one.
        hasher.matchNothing(address);
        acrossCouncils.run("a password reset is asked for before anyone has signed in", () -> {
            sql.one(ACCOUNT, row -> new Holder(Sql.uuid(row, "id"), row.getString("username"), row.getString("display_name"),
                    Role.valueOf(row.getString("role")), Sql.uuid(row, "council_id")), address).ifPresent(this::send);
        });
        return new ResetRequested(Problems.message("reset.requested", settings.resetValidFor().toMinutes()));
    }

    private void send(Holder holder) {
        Instant now = clock.instant();
        LinkTokens.Issued token = LinkTokens.issue();
        sql.update("update password_reset set used_at = ?::timestamptz where user_id = ? and used_at is null", now, holder.id());
        UUID id = sql.one("""
                insert into password_reset (token_hash, user_id, created_at, expires_at)
                values (?, ?, ?::timestamptz, ?::timestamptz) returning id""", row -> Sql.uuid(row, "id"),
                token.hash(), holder.id(), now, now.plus(settings.resetValidFor())).orElseThrow();
        email.queue(holder.username(), Problems.message("email.reset.subject"), Problems.message("email.reset.body",
                holder.displayName(), settings.resetValidFor().toMinutes(), settings.resetLink(token.token())));
        audit.record(new Invitations.AccountHolder(holder.id(), holder.username(), holder.role()), holder.councilId(),
                AuditAction.PASSWORD_RESET_REQUESTED, "password_reset", id, Map.of());
    }

    /** Sets the new password, once; a refused password leaves the link working. */
    void reset(NewPassword reset) {
        PasswordPolicy.check("password", reset.password());
        String passwordHash = hasher.hash(reset.password());
        String tokenHash = LinkTokens.hash(reset.token());
        acrossCouncils.run("a forgotten password is reset before anyone has signed in", () -> {
            Instant now = clock.instant();
            UUID user = sql.one(TAKE, row -> Sql.uuid(row, "user_id"), now, tokenHash, now)
                    .orElseThrow(() -> PortalProblem.notFound(Problems.message("reset.not-found")));
            Holder holder = sql.one(SET_PASSWORD, row -> new Holder(Sql.uuid(row, "id"), row.getString("username"), "",
                    Role.valueOf(row.getString("role")), Sql.uuid(row, "council_id")), passwordHash, user).orElseThrow();
            signInLocks.forgetAccount(holder.username());
            audit.record(new Invitations.AccountHolder(holder.id(), holder.username(), holder.role()), holder.councilId(),
                    AuditAction.PASSWORD_RESET, "app_user", holder.id(), Map.of());
        });
    }
}
