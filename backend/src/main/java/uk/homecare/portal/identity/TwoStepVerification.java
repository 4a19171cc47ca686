package uk.homecare.portal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.MfaEnrolment;
import uk.homecare.portal.api.identity.RecoveryCodes;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.audit.Doer;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Two-step verification of a person's account: setting it up (a secret, confirmed with a code from the app),
 * new recovery codes, an administrator clearing it for a lost device, and checking a code at sign-in. A code
 * is taken once: the step of the last one accepted is kept, and only later steps' codes are accepted after it.
 * Every change is audited.
 */
@Singleton
class TwoStepVerification {

    static final String ISSUER = "Homecare Portal";
    private static final String ACCOUNT = "app_user";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;
    private final SecureRandom random = new SecureRandom();
    private final RecoveryCodeMaker recoveryCodes = new RecoveryCodeMaker(random);

    TwoStepVerification(Sql sql, AuditTrail audit, Clock clock, AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
        this.acrossCouncils = acrossCouncils;
    }

    /** Whether a person of this role may set up two-step verification: everyone but people receiving care and carers. */
    static boolean mayEnrol(Role role) {
        return Capabilities.of(role).contains(Capability.ENROL_MFA);
    }

    Optional<MfaAccount> account(UUID id) {
        return sql.one("""
                select id, username, role, council_id, mfa_secret, mfa_enrolled_at, coalesce(mfa_last_step, -1) as last_step
                  from app_user where id = ?""", TwoStepVerification::row, id);
    }

    /** Whether any of these councils requires two-step verification of its staff and providers. */
    boolean requiredBy(Collection<UUID> councils) {
        return !councils.isEmpty() && sql.one("select exists (select 1 from council where id = any (?) and mfa_required)",
                row -> row.getBoolean(1), List.copyOf(councils)).orElse(false);
    }

    /** Whether the person must use two-step verification: their role may, and a council they act for requires it. */
    boolean requiredOf(Role role, Collection<UUID> councils) {
        return mayEnrol(role) && requiredBy(councils);
    }

    @Transactional
    MfaEnrolment start(Actor actor) {
        MfaAccount account = own(actor);
        if (account.enrolled()) {
            throw PortalProblem.conflict(Problems.message("mfa.already-enrolled"));
        }
        String secret = Base32.encode(Totp.newSecret(random));
        sql.update("update app_user set mfa_secret = ? where id = ? and mfa_enrolled_at is null", secret, actor.id());
        return new MfaEnrolment(secret, uri(secret, account.username()), ISSUER, account.username());
    }

    @Transactional
    RecoveryCodes confirm(Actor actor, String code) {
        MfaAccount account = own(actor);
        if (account.enrolled()) {
            throw PortalProblem.conflict(Problems.message("mfa.already-enrolled"));
        }
        if (account.secret() == null) {
            throw PortalProblem.conflict(Problems.message("mfa.not-started"));
        }
        Instant now = clock.instant();
        long step = Totp.matchingStep(account.secret(), code, now, -1)
                .orElseThrow(() -> PortalProblem.invalid("code", Problems.message("mfa.code.wrong")));
        int enrolled = sql.update("""
                update app_user set mfa_enrolled_at = ?, mfa_last_step = ?
                 where id = ? and mfa_enrolled_at is null and mfa_secret = ?""", now, step, actor.id(), account.secret());
        if (enrolled != 1) {
            throw PortalProblem.conflict(Problems.message("problem.stale"));
        }
        List<String> codes = newRecoveryCodes(actor.id());
        audit.record(actor, actor.councilId(), AuditAction.MFA_ENROLLED, ACCOUNT, actor.id(), Map.of());
        return new RecoveryCodes(codes);
    }

    @Transactional
    RecoveryCodes regenerate(Actor actor, String code) {
        MfaAccount account = own(actor);
        if (!account.enrolled()) {
            throw PortalProblem.conflict(Problems.message("mfa.not-enrolled"));
        }
        if (!takeCode(account, code, clock.instant())) {
            throw PortalProblem.invalid("code", Problems.message("mfa.code.wrong"));
        }
        List<String> codes = newRecoveryCodes(actor.id());
        audit.record(actor, actor.councilId(), AuditAction.MFA_RECOVERY_CODES_REGENERATED, ACCOUNT, actor.id(), Map.of());
        return new RecoveryCodes(codes);
    }

    /** A council's administrator clears a member's two-step verification (a lost device); they set it up again. */
    @Transactional
    void reset(Actor admin, UUID accountId) {
        UUID council = admin.homeCouncil();
        MfaAccount account = account(accountId)
                .filter(a -> council.equals(a.councilId()))
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("mfa.account.not-found")));
        if (account.id().equals(admin.id())) {
            throw PortalProblem.forbidden(Problems.message("mfa.reset.self"));
        }
        if (!account.enrolled() && account.secret() == null) {
            throw PortalProblem.conflict(Problems.message("mfa.not-enrolled"));
        }
        sql.update("update app_user set mfa_secret = null, mfa_enrolled_at = null, mfa_last_step = null where id = ?", accountId);
        sql.update("delete from recovery_code where user_id = ?", accountId);
        audit.record(admin, council, AuditAction.MFA_RESET, ACCOUNT, accountId, Map.of("role", account.role().name()));
    }

    /**
     * At sign-in, after the password: whether the code is a current one-time code not used before, or an unused
     * recovery code (which is then used up, and its use audited in the account's council).
     */
    boolean acceptAtSignIn(MfaAccount account, String code) {
        Instant now = clock.instant();
        if (takeCode(account, code, now)) {
            return true;
        }
        if (!RecoveryCodeMaker.looksLikeOne(code)) {
            return false;
        }
        return acrossCouncils.run("sign-in records the use of a recovery code in the audit trail of the account's council", () -> {
            boolean used = sql.update("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
                    now, account.id(), RecoveryCodeMaker.hash(code)) == 1;
            if (used) {
                int left = sql.one("select count(*) from recovery_code where user_id = ? and used_at is null",
                        row -> row.getInt(1), account.id()).orElse(0);
                audit.record(doer(account), account.councilId(), AuditAction.MFA_RECOVERY_CODE_USED, ACCOUNT, account.id(),
                        Map.of("left", left));
            }
            return used;
        });
    }

    /** Takes a one-time code of an enrolled account: true once per step, so a code replayed is refused. */
    private boolean takeCode(MfaAccount account, String code, Instant now) {
        OptionalLong step = Totp.matchingStep(account.secret(), code, now, account.lastStep());
        return step.isPresent() && sql.update("""
                update app_user set mfa_last_step = ?
                 where id = ? and mfa_enrolled_at is not null and coalesce(mfa_last_step, -1) < ?""",
                step.getAsLong(), account.id(), step.getAsLong()) == 1;
    }

    private List<String> newRecoveryCodes(UUID user) {
        List<String> codes = recoveryCodes.make();
        sql.update("delete from recovery_code where user_id = ?", user);
        for (String code : codes) {
            sql.update("insert into recovery_code (user_id, code_hash) values (?, ?)", user, RecoveryCodeMaker.hash(code));
        }
        return codes;
    }

    private MfaAccount own(Actor actor) {
        if (!mayEnrol(actor.role())) {
            throw PortalProblem.forbidden(Problems.message("problem.forbidden.detail"));
        }
        return account(actor.id()).orElseThrow(() -> PortalProblem.unauthorized("This account no longer exists."));
    }

    static String uri(String secret, String username) {
        String label = encode(ISSUER) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Doer doer(MfaAccount account) {
        return new Doer() {
            @Override
            public UUID id() {
                return account.id();
            }

            @Override
            public String username() {
                return account.username();
            }

            @Override
            public Role role() {
                return account.role();
            }
        };
    }

    private static MfaAccount row(ResultSet row) throws SQLException {
        return new MfaAccount(Sql.uuid(row, "id"), row.getString("username"), Role.valueOf(row.getString("role")),
                Sql.uuid(row, "council_id"), row.getString("mfa_secret"), Sql.instant(row, "mfa_enrolled_at"), row.getLong("last_step"));
    }
}
