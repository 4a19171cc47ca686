package uk.homecare.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.account.Invitation;
import uk.homecare.portal.api.account.InvitationAction;
import uk.homecare.portal.api.account.InvitationDetails;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.account.NewAccount;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.audit.Doer;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.identity.PasswordHasher;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.OutgoingEmail;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;
import uk.homecare.portal.api.identity.Capability;

/**
 * Accounts are made by invitation: an administrator invites an address to a role, the portal e-mails a link
 * that works once and expires, and the invitee sets a password, which makes the account. Inviting an address
 * again replaces its pending invitation. Accepting is single-use in SQL: one conditional update takes the
 * invitation, so two racing acceptances make one account.
 */
@Singleton
class Invitations {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private static final String REPLACE_PENDING = """
            update invitation set revoked_at = ?::timestamptz where email = ? and used_at is null and revoked_at is null""";

    private static final String INSERT = """
            insert into invitation (token_hash, email, display_name, role, council_id, organisation_id, person_id, invited_by,
                                    created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
            on conflict do nothing
            returning id""";

    private static final String TAKE = """
            update invitation set used_at = ?::timestamptz
             where token_hash = ? and used_at is null and revoked_at is null and expires_at > ?::timestamptz
            returning id, email, display_name, role, council_id, organisation_id, person_id, invited_by""";

    private static final String CREATE_ACCOUNT = """
            insert into app_user (username, display_name, password_hash, role, council_id, organisation_id, person_id, language, email)
            values (?, ?, ?, ?, ?, ?, ?, coalesce((select language from council where id = ?), 'en'), ?)
            on conflict (username) do nothing
            returning id""";

    private static final String SHOW = """
            select i.email, i.role, i.expires_at, u.display_name as invited_by, coalesce(o.name, c.name) as organisation
              from invitation i
              left join app_user u on u.id = i.invited_by
              left join council c on c.id = i.council_id
              left join organisation o on o.id = i.organisation_id and o.kind <> 'COUNCIL'
             where i.token_hash = ? and i.used_at is null and i.revoked_at is null and i.expires_at > ?::timestamptz""";

    /** What the row of an invitation just taken says. */
    private record Taken(UUID id, String email, String displayName, Role role, @Nullable UUID councilId,
                         @Nullable UUID organisationId, @Nullable UUID personId, @Nullable UUID invitedBy) {}

    /** An invitation just written, and the token of its link (never stored). */
    record Sent(UUID id, String token) {}

    /** Whoever accepts an invitation or resets a password: the account itself, as the audit trail records it. */
    record AccountHolder(UUID id, String username, Role role) implements Doer {}

    private final Sql sql;
    private final Clock clock;
    private final AuditTrail audit;
    private final OutgoingEmail email;
    private final AccountSettings settings;
    private final PasswordHasher hasher;
    private final AcrossCouncils acrossCouncils;

    Invitations(Sql sql, Clock clock, AuditTrail audit, OutgoingEmail email, AccountSettings settings, PasswordHasher hasher,
            AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.email = email;
        this.settings = settings;
        this.hasher = hasher;
        this.acrossCouncils = acrossCouncils;
    }

    @Transactional
    Invitation invite(Actor actor, InvitationForm form) {
        Placement placement = Placement.of(actor, form, sql, UkTime.today(clock));
        String address = form.email().trim().toLowerCase(Locale.ROOT);
        if (sql.one("select 1 from app_user where username = ?", row -> true, address).isPresent()) {
            throw PortalProblem.conflict(Problems.message("invitation.email-taken"));
        }
        Sent sent = write(address, form.displayName().trim(), form.role(), placement, actor.id());
        Instant expires = clock.instant().plus(settings.invitationValidFor());
        email.queue(address, Problems.message("email.invitation.subject"), Problems.message("email.invitation.body",
                form.displayName().trim(), actor.username(), roleName(form.role()), where(placement),
                EXPIRY.format(expires.atZone(UkTime.ZONE)), settings.invitationLink(sent.token())));
        audit.record(actor, actor.councilId(), AuditAction.INVITATION_SENT, "invitation", sent.id(),
                Map.of("role", form.role().name()));
        return pending(actor).stream().filter(invitation -> invitation.id().equals(sent.id())).findFirst().orElseThrow();
    }

    /** Writes a new invitation, replacing the address's pending one, in the caller's transaction. */
    Sent write(String address, String displayName, Role role, Placement placement, @Nullable UUID invitedBy) {
        Instant now = clock.instant();
        LinkTokens.Issued token = LinkTokens.issue();
        sql.update(REPLACE_PENDING, now, address);
        UUID id = sql.one(INSERT, row -> Sql.uuid(row, "id"), token.hash(), address, displayName, role,
                        placement.councilId(), placement.organisationId(), placement.personId(), invitedBy,
                        now, now.plus(settings.invitationValidFor()))
                .orElseThrow(() -> PortalProblem.conflict(Problems.message("invitation.pending-taken")));
        return new Sent(id, token.token());
    }

    @Transactional
    void revoke(Actor actor, UUID id) {
        AccountScope scope = AccountScope.of(actor);
        Object[] parameters = parameters(clock.instant(), scope.invitationKeys(), id);
        boolean found = sql.one(scope.pendingInvitations() + " and i.id = ? for update of i", row -> true, parameters).isPresent();
        if (!found) {
            throw PortalProblem.notFound(Problems.message("invitation.revoke.not-found"));
        }
        sql.update("update invitation set revoked_at = ?::timestamptz where id = ?", clock.instant(), id);
        audit.record(actor, actor.councilId(), AuditAction.INVITATION_REVOKED, "invitation", id, Map.of());
    }

    List<Invitation> pending(Actor actor) {
        AccountScope scope = AccountScope.of(actor);
        List<InvitationAction> actions = Capabilities.has(actor, Capability.MANAGE_ACCOUNTS) ? List.of(InvitationAction.REVOKE) : List.of();
        return sql.list(scope.pendingInvitations() + " order by i.created_at desc, i.id",
                row -> new Invitation(Sql.uuid(row, "id"), row.getString("email"), row.getString("display_name"),
                        Role.valueOf(row.getString("role")), named(row, "council_id", "council"),
                        named(row, "organisation_id", "organisation"), Sql.instant(row, "expires_at"), actions),
                parameters(clock.instant(), scope.invitationKeys()));
    }

    /** What the link's holder is told: who invited them, to what role and where; nothing for a link that does not work. */
    InvitationDetails show(String token) {
        return sql.one(SHOW, row -> new InvitationDetails(row.getString("email"), row.getString("invited_by"),
                        Role.valueOf(row.getString("role")), row.getString("organisation"), Sql.instant(row, "expires_at")),
                        LinkTokens.hash(token), clock.instant())
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("invitation.not-found")));
    }

    /** Makes the account, once: the password is checked first, so a refused password leaves the link working. */
    NewAccount accept(NewPassword acceptance) {
        PasswordPolicy.check("password", acceptance.password());
        String passwordHash = hasher.hash(acceptance.password());
        String tokenHash = LinkTokens.hash(acceptance.token());
        return acrossCouncils.run("an invitee makes their account before they belong to any council", () -> {
            Instant now = clock.instant();
            Taken taken = sql.one(TAKE, Invitations::taken, now, tokenHash, now)
                    .orElseThrow(() -> PortalProblem.notFound(Problems.message("invitation.not-found")));
            UUID account = sql.one(CREATE_ACCOUNT, row -> Sql.uuid(row, "id"), taken.email(), taken.displayName(), passwordHash,
                            taken.role(), taken.councilId(), taken.organisationId(), taken.personId(), taken.councilId(), taken.email())
                    .orElseThrow(() -> PortalProblem.conflict(Problems.message("invitation.email-taken")));
            sql.update("update invitation set account_id = ? where id = ?", account, taken.id());
            audit.record(new AccountHolder(account, taken.email(), taken.role()), taken.councilId(), AuditAction.INVITATION_ACCEPTED,
                    "app_user", account, Map.of("invitation", taken.id().toString(), "role", taken.role().name()));
            return new NewAccount(taken.email());
        });
    }

    private String where(Placement placement) {
        if (placement.organisationId() != null) {
            return sql.one("select name from organisation where id = ?", row -> " at " + row.getString(1), placement.organisationId()).orElse("");
        }
        if (placement.councilId() != null) {
            return sql.one("select name from council where id = ?", row -> " at " + row.getString(1), placement.councilId()).orElse("");
        }
        return "";
    }

    static String roleName(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> "a platform administrator";
            case ADMIN -> "an administrator";
            case COMMISSIONER -> "a commissioner";
            case PROVIDER_ADMIN -> "a provider administrator";
            case PROVIDER -> "a member of a provider's staff";
            case SERVICE_USER -> "someone using their own care account";
            case CARER -> "a carer";
            case NHS_PARTNER -> "an NHS partner";
        };
    }

    private @Nullable NamedRef named(ResultSet row, String column, String table) throws SQLException {
        UUID id = Sql.uuid(row, column);
        if (id == null) {
            return null;
        }
        return sql.one("select id, name from " + table + " where id = ?", r -> new NamedRef(Sql.uuid(r, "id"), r.getString("name")), id)
                .orElse(null);
    }

    private static Taken taken(ResultSet row) throws SQLException {
        return new Taken(Sql.uuid(row, "id"), row.getString("email"), row.getString("display_name"), Role.valueOf(row.getString("role")),
                Sql.uuid(row, "council_id"), Sql.uuid(row, "organisation_id"), Sql.uuid(row, "person_id"), Sql.uuid(row, "invited_by"));
    }

    static Object[] parameters(Object first, Object[] middle, Object... last) {
        Object[] all = new Object[1 + middle.length + last.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }
}
