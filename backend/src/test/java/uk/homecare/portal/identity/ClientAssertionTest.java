package uk.homecare.portal.identity;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class ClientAssertionTest extends PortalTest {

    static final String CLIENT = "coventry-icb-demo";
    static final String AUDIENCE = "https://homecare-portal.test/oauth/token";

    RSAKey key;
    RSAKey stranger;

    @BeforeAll
    void registerAKey() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("icb-2026").generate();
        stranger = new RSAKeyGenerator(2048).generate();
        String secretToken = api().retrieve(POST("/oauth/token", Map.of("grant_type", "client_credentials",
                        "client_id", CLIENT, "client_secret", "demo-client-secret-2026"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class).accessToken();
        api().exchange(PUT("/api/partner/public-key", key.toPublicJWK().toJSONObject()).bearerAuth(secretToken), String.class);
    }

    String assertion(RSAKey signer, String audience, long secondsToLive, String jti) throws Exception {
        var claims = new JWTClaimsSet.Builder().issuer(CLIENT).subject(CLIENT).audience(audience).jwtID(jti)
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plusSeconds(secondsToLive))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    HttpRequest<?> tokenRequest(String assertion) {
        Map<String, String> form = new HashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", CLIENT);
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        return POST("/oauth/token", form).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    int status(HttpRequest<?> request) {
        try {
            return api().exchange((io.micronaut.http.MutableHttpRequest<?>) request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void a_partner_signs_in_with_a_jwt_signed_by_its_registered_key_and_gets_a_scoped_token() throws Exception {
        AccessToken token = api().retrieve((io.micronaut.http.MutableHttpRequest<?>) tokenRequest(assertion(key, AUDIENCE, 120, UUID.randomUUID().toString())),
                AccessToken.class);

        assertThat(token.expiresIn()).isEqualTo(900);
        assertThat(api().exchange(GET("/api/chc/events").bearerAuth(token.accessToken()), String.class).getStatus().getCode()).isEqualTo(200);
    }

    @Test
    void an_assertion_is_refused_when_replayed_signed_by_another_key_expired_too_long_lived_or_for_another_audience() throws Exception {
        String once = assertion(key, AUDIENCE, 120, UUID.randomUUID().toString());
        assertThat(status(tokenRequest(once))).isEqualTo(200);

        assertThat(status(tokenRequest(once))).as("replayed").isEqualTo(401);
        assertThat(status(tokenRequest(assertion(stranger, AUDIENCE, 120, UUID.randomUUID().toString())))).as("another key").isEqualTo(401);
        assertThat(status(tokenRequest(assertion(key, AUDIENCE, -10, UUID.randomUUID().toString())))).as("expired").isEqualTo(401);
        assertThat(status(tokenRequest(assertion(key, AUDIENCE, 3600, UUID.randomUUID().toString())))).as("lives an hour").isEqualTo(401);
        assertThat(status(tokenRequest(assertion(key, "https://elsewhere.example/token", 120, UUID.randomUUID().toString()))))
                .as("another audience").isEqualTo(401);
        assertThat(status(tokenRequest("not.a.jwt"))).isEqualTo(401);
    }

    @Test
    void only_a_partner_registers_a_key_and_never_a_private_one() throws Exception {
        String secretToken = api().retrieve(POST("/oauth/token", Map.of("grant_type", "client_credentials",
                        "client_id", CLIENT, "client_secret", "demo-client-secret-2026"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class).accessToken();

        assertThat(status(PUT("/api/partner/public-key", key.toJSONObject()).bearerAuth(secretToken))).as("private key").isEqualTo(400);
        assertThat(status(api().as("commissioner@coventry.demo", PUT("/api/partner/public-key", key.toPublicJWK().toJSONObject()))))
                .isEqualTo(403);
    }
}
