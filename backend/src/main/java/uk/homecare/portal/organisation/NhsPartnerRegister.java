package uk.homecare.portal.organisation;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.IssuedSecret;
import uk.homecare.portal.api.organisation.NhsPartner;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.NhsPartners;
import uk.homecare.portal.api.organisation.PartnerClient;
import uk.homecare.portal.api.organisation.PublicKeyForm;
import uk.homecare.portal.api.organisation.SecretRotationForm;
import uk.homecare.portal.api.organisation.ServedCouncilsForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.PasswordHasher;
import uk.homecare.portal.identity.PublicKeys;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * NHS partner organisations and their API clients, as the platform administrator keeps them. The councils a
 * partner serves are rows of {@code organisation_council}, which is council-owned, and the administrator is of
 * no council, so every use case runs across councils, in a transaction of its own. Audit events are of no
 * council: they are the installation's. A client's secret is shown once, when issued, and kept only as a hash;
 * a rotation keeps the replaced secret working until the overlap chosen ends (V15).
 */
@Singleton
class NhsPartnerRegister {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AcrossCouncils acrossCouncils;
    private final Sql sql;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    NhsPartnerRegister(AcrossCouncils acrossCouncils, Sql sql, AuditTrail audit, PasswordHasher hasher, Clock clock) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    NhsPartners list(Actor actor) {
        return across("the platform administrator lists NHS partners and the councils they serve", () -> {
            List<UUID> ids = sql.list("select id from organisation where kind = 'NHS_PARTNER' order by name, id", row -> Sql.uuid(row, "id"));
            List<NhsPartner> partners = ids.stream().map(id -> describe(actor, id)).toList();
            return new NhsPartners(partners, councils(), PartnerActions.ofList(actor));
        });
    }

    NhsPartner register(Actor actor, NhsPartnerForm form) {
        return across("the platform administrator registers an NHS partner and the councils it serves", () -> {
            Set<UUID> councils = existingCouncils(form.councilIds());
            if (sql.one("select count(*) > 0 from organisation where ods_code = ?", row -> row.getBoolean(1), form.odsCode()).orElse(false)) {
                throw PortalProblem.invalid("odsCode", "Another organisation already has this ODS code.");
            }
            UUID id = sql.one("""
                            insert into organisation (kind, name, ods_code, created_at) values ('NHS_PARTNER', ?, ?, ?)
                            on conflict (ods_code) where ods_code is not null do nothing returning id""",
                            row -> Sql.uuid(row, "id"), form.name().trim(), form.odsCode(), clock.instant())
                    .orElseThrow(() -> PortalProblem.invalid("odsCode", "Another organisation already has this ODS code."));
            serve(id, councils);
            audit.record(actor, null, AuditAction.NHS_PARTNER_REGISTERED, "organisation", id,
                    Map.of("odsCode", form.odsCode(), "councils", List.copyOf(councils)));
            return describe(actor, id);
        });
    }

    NhsPartner chooseCouncils(Actor actor, UUID id, ServedCouncilsForm form) {
        return across("the platform administrator chooses the councils an NHS partner serves", () -> {
            lockPartner(id);
            Set<UUID> councils = existingCouncils(form.councilIds());
            serve(id, councils);
            audit.record(actor, null, AuditAction.NHS_PARTNER_COUNCILS_CHANGED, "organisation", id, Map.of("councils", List.copyOf(councils)));
            return describe(actor, id);
        });
    }

    IssuedSecret registerClient(Actor actor, UUID partnerId, ClientRegistrationForm form) {
        String secret = newSecret();
        String hash = hasher.hash(secret);
        return across("the platform administrator registers an NHS partner's API client", () -> {
            String odsCode = lockPartner(partnerId);
            String clientId = form.clientId() != null ? form.clientId()
                    : odsCode.toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(bytes(4));
            UUID id = sql.one("""
                            insert into api_client (client_id, secret_hash, organisation_id, enabled, created_at)
                            values (?, ?, ?, true, ?) on conflict (client_id) do nothing returning id""",
                            row -> Sql.uuid(row, "id"), clientId, hash, partnerId, clock.instant())
                    .orElseThrow(() -> PortalProblem.invalid("clientId", "Another client already has this client id."));
            audit.record(actor, null, AuditAction.API_CLIENT_REGISTERED, "api_client", id, Map.of("clientId", clientId, "partner", partnerId));
            return new IssuedSecret(client(actor, id), secret);
        });
    }

    IssuedSecret rotate(Actor actor, UUID id, SecretRotationForm form) {
        String secret = newSecret();
        String hash = hasher.hash(secret);
        return across("the platform administrator rotates an API client's secret", () -> {
            // The row lock orders rotations of one client: each moves the secret current when it gets the lock.
            ClientRow current = lockEnabledClient(id);
            Instant now = clock.instant();
            if (form.overlapHours() > 0) {
                sql.update("insert into api_client_previous_secret (api_client_id, secret_hash, expires_at, created_at) values (?, ?, ?, ?)",
                        id, current.secretHash(), now.plus(Duration.ofHours(form.overlapHours())), now);
            }
            sql.update("update api_client set secret_hash = ? where id = ?", hash, id);
            audit.record(actor, null, AuditAction.API_CLIENT_SECRET_ROTATED, "api_client", id, Map.of("overlapHours", form.overlapHours()));
            return new IssuedSecret(client(actor, id), secret);
        });
    }

    PartnerClient uploadKey(Actor actor, UUID id, PublicKeyForm form) {
        if ((form.jwk() == null) == (form.pem() == null || form.pem().isBlank())) {
            throw PortalProblem.invalid("jwk", "Send the key once: as a jwk or as a pem.");
        }
        String jwk = form.jwk() != null ? PublicKeys.fromJwk("jwk", form.jwk()) : PublicKeys.fromPem("pem", form.pem());
        return across("the platform administrator uploads an API client's public key", () -> {
            lockEnabledClient(id);
            sql.update("update api_client set public_jwk = ? where id = ?", jwk, id);
            audit.record(actor, null, AuditAction.API_CLIENT_KEY_UPLOADED, "api_client", id, Map.of());
            return client(actor, id);
        });
    }

    PartnerClient enable(Actor actor, UUID id, boolean enabled) {
        return across("the platform administrator " + (enabled ? "enables" : "disables") + " an API client", () -> {
            ClientRow client = lockClient(id);
            if (client.enabled() == enabled) {
                throw PortalProblem.conflict(enabled ? "This client is enabled already." : "This client is disabled already.");
            }
            sql.update("update api_client set enabled = ? where id = ?", enabled, id);
            audit.record(actor, null, enabled ? AuditAction.API_CLIENT_ENABLED : AuditAction.API_CLIENT_DISABLED, "api_client", id, Map.of());
            return client(actor, id);
        });
    }

    private record ClientRow(String secretHash, boolean enabled) {}

    private <T> T across(String reason, Supplier<T> work) {
        return acrossCouncils.run(reason, work);
    }

    /** Serves exactly {@code councils} from today: the others end today, the new ones start today. */
    private void serve(UUID partner, Set<UUID> councils) {
        LocalDate today = UkTime.today(clock);
        sql.update("""
                update organisation_council set until = ?
                 where organisation_id = ? and (until is null or until > ?) and not (council_id = any (?))""",
                today, partner, today, List.copyOf(councils));
        for (UUID council : councils) {
            sql.update("""
                    insert into organisation_council (organisation_id, council_id, since) values (?, ?, ?)
                    on conflict (organisation_id, council_id) do update
                       set since = case when organisation_council.until <= excluded.since then excluded.since else organisation_council.since end,
                           until = null
                     where organisation_council.until is not null""", partner, council, today);
        }
    }

    private Set<UUID> existingCouncils(List<UUID> ids) {
        Set<UUID> councils = new LinkedHashSet<>(ids);
        int found = councils.isEmpty() ? 0 : sql.one("select count(*) from council where id = any (?)", row -> row.getInt(1), List.copyOf(councils)).orElse(0);
        if (found != councils.size()) {
            throw PortalProblem.invalid("councilIds", "Choose councils of this installation.");
        }
        return councils;
    }

    private String lockPartner(UUID id) {
        return sql.one("select ods_code from organisation where id = ? and kind = 'NHS_PARTNER' for update", row -> row.getString(1), id)
                .orElseThrow(() -> PortalProblem.notFound("No such NHS partner."));
    }

    private ClientRow lockClient(UUID id) {
        return sql.one("""
                        select c.secret_hash, c.enabled from api_client c join organisation o on o.id = c.organisation_id
                         where c.id = ? and o.kind = 'NHS_PARTNER' for update of c""",
                        row -> new ClientRow(row.getString(1), row.getBoolean(2)), id)
                .orElseThrow(() -> PortalProblem.notFound("No such API client."));
    }

    private ClientRow lockEnabledClient(UUID id) {
        ClientRow client = lockClient(id);
        if (!client.enabled()) {
            throw PortalProblem.conflict("This client is disabled: enable it first.");
        }
        return client;
    }

    private NhsPartner describe(Actor actor, UUID id) {
        LocalDate today = UkTime.today(clock);
        return sql.one("select name, ods_code from organisation where id = ? and kind = 'NHS_PARTNER'", row -> {
            List<NamedRef> councils = sql.list("""
                            select c.id, c.name from organisation_council oc join council c on c.id = oc.council_id
                             where oc.organisation_id = ? and (oc.until is null or oc.until > ?) order by c.name""",
                    r -> new NamedRef(Sql.uuid(r, "id"), r.getString("name")), id, today);
            List<PartnerClient> clients = new ArrayList<>();
            for (UUID client : sql.list("select id from api_client where organisation_id = ? order by client_id", r -> Sql.uuid(r, "id"), id)) {
                clients.add(client(actor, client));
            }
            return new NhsPartner(id, row.getString("name"), row.getString("ods_code"), councils, clients, PartnerActions.ofPartner(actor));
        }, id).orElseThrow(() -> PortalProblem.notFound("No such NHS partner."));
    }

    private PartnerClient client(Actor actor, UUID id) {
        Instant now = clock.instant();
        return sql.one("""
                        select c.id, c.client_id, c.enabled, c.public_jwk is not null as has_key,
                               (select max(p.expires_at) from api_client_previous_secret p where p.api_client_id = c.id and p.expires_at > ?) as until
                          from api_client c where c.id = ?""",
                        row -> new PartnerClient(Sql.uuid(row, "id"), row.getString("client_id"), row.getBoolean("enabled"),
                                row.getBoolean("has_key"), Sql.instant(row, "until"), PartnerActions.ofClient(actor, row.getBoolean("enabled"))),
                        now, id)
                .orElseThrow(() -> PortalProblem.notFound("No such API client."));
    }

    private List<NamedRef> councils() {
        return sql.list("select id, name from council order by name", row -> new NamedRef(Sql.uuid(row, "id"), row.getString("name")));
    }

    private static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

}
