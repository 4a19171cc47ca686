package uk.homecare.portal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * OAuth2 private_key_jwt (RFC 7523): a partner proves who it is with a short-lived JWT signed by its
 * own private key. The assertion must name the client as issuer and subject, the portal's token URL as
 * audience, expire within five minutes, and carry an id never used before; RS256 and ES256 only.
 */
@Singleton
class ClientAssertions {

    static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration LONGEST = Duration.ofMinutes(5);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final Sql sql;
    private final ApiClients clients;
    private final AuditTrail audit;
    private final Clock clock;
    private final String tokenUrl;

    ClientAssertions(Sql sql, ApiClients clients, AuditTrail audit, Clock clock,
            @Value("${portal.oauth.token-url:http://localhost:8080/oauth/token}") String tokenUrl) {
        this.sql = sql;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
        this.tokenUrl = tokenUrl;
    }

    /** The client the assertion proves, or 401 for anything short of proof. */
    @Transactional
    ApiClient verify(@Nullable String clientId, String assertion) {
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String issuer = claims.getIssuer();
            if (issuer == null || !issuer.equals(claims.getSubject()) || (clientId != null && !clientId.equals(issuer))
                    || !ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
                throw refused();
            }
            ApiClient client = clients.findByClientId(issuer).filter(ApiClient::enabled).orElseThrow(ClientAssertions::refused);
            String jwk = sql.one("select public_jwk from api_client where id = ?", row -> row.getString(1), client.id()).orElse(null);
            if (jwk == null || !jwt.verify(verifier(JWK.parse(jwk)))) {
                throw refused();
            }
            Instant now = clock.instant();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(now) || expiry.toInstant().isAfter(now.plus(LONGEST))
                    || claims.getAudience() == null || !claims.getAudience().contains(tokenUrl) || claims.getJWTID() == null) {
                throw refused();
            }
            sql.update("delete from client_assertion_jti where expires_at < ?", now);
            boolean fresh = sql.update("insert into client_assertion_jti (client_id, jti, expires_at) values (?, ?, ?) on conflict do nothing",
                    issuer, claims.getJWTID(), expiry.toInstant()) == 1;
            if (!fresh) {
                throw refused();
            }
            return client;
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw refused();
        }
    }

    /** A partner registers (or replaces) the public key its assertions are signed with. */
    @Transactional
    void register(Actor partner, Map<String, Object> publicJwk) {
        String key = PublicKeys.fromJwk("jwk", publicJwk);
        int updated = sql.update("update api_client set public_jwk = ? where id = ?", key, partner.id());
        if (updated == 0) {
            throw PortalProblem.forbidden(Problems.message("problem.forbidden.detail"));
        }
        String kid;
        try {
            kid = String.valueOf(JWK.parse(key).getKeyID());
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        audit.record(partner, null, AuditAction.CLIENT_KEY_REGISTERED, "api_client", partner.id(), Map.of("kid", kid));
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec);
        }
        throw new JOSEException("Unsupported key type");
    }

    private static PortalProblem refused() {
        return PortalProblem.unauthorized(Problems.message("client.failed"));
    }
}
