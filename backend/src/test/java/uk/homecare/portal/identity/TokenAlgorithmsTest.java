package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.platform.SigningSecretPolicy;
import uk.homecare.portal.testing.PortalTest;

/** A token is accepted only as the portal makes it: HS256 with its secret, naming the portal as its issuer. */
@MicronautTest(transactional = false)
class TokenAlgorithmsTest extends PortalTest {

    private static final String PERSON = "commissioner@rotherham.demo";

    @Test
    void a_token_the_portal_issued_is_accepted_as_it_is_and_re_signed_the_same_way() throws Exception {
        JWTClaimsSet claims = claimsOfARealToken();

        assertThat(status(api().tokenFor(PERSON))).isEqualTo(200);
        assertThat(status(signed(JWSAlgorithm.HS256, claims))).isEqualTo(200);
    }

    @Test
    void the_same_claims_signed_with_the_same_secret_by_another_hmac_are_refused() throws Exception {
        // (HS512 needs a secret of 64 bytes or more, longer than the test's; in production the same pinning refuses it.)
        assertThat(status(signed(JWSAlgorithm.HS384, claimsOfARealToken()))).isEqualTo(401);
    }

    @Test
    void an_unsigned_token_is_refused() throws Exception {
        assertThat(status(new PlainJWT(claimsOfARealToken()).serialize())).isEqualTo(401);
    }

    @Test
    void a_token_that_names_no_issuer_or_another_is_refused() throws Exception {
        JWTClaimsSet claims = claimsOfARealToken();

        assertThat(status(signed(JWSAlgorithm.HS256, new JWTClaimsSet.Builder(claims).issuer(null).build()))).isEqualTo(401);
        assertThat(status(signed(JWSAlgorithm.HS256, new JWTClaimsSet.Builder(claims).issuer("someone-else").build()))).isEqualTo(401);
    }

    private JWTClaimsSet claimsOfARealToken() throws ParseException {
        JWTClaimsSet claims = SignedJWT.parse(api().tokenFor(PERSON)).getJWTClaimsSet();
        assertThat(claims.getIssuer()).as("the portal names itself as the issuer").isEqualTo("homecare-portal");
        return claims;
    }

    private static String signed(JWSAlgorithm algorithm, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(SigningSecretPolicy.DEMO_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private int status(String token) {
        var request = HttpRequest.GET("/api/me").bearerAuth(token);
        try {
            return api().exchange(request, Me.class).getStatus().getCode();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }
}
