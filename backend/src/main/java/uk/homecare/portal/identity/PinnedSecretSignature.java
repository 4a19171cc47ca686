package uk.homecare.portal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * The signing secret checks tokens signed with the one algorithm it signs with (HS256), not with any HMAC the
 * secret could compute: the framework's own would accept an HS384 or HS512 token made with the same secret.
 */
@EachBean(SecretSignatureConfiguration.class)
@Replaces(SecretSignature.class)
final class PinnedSecretSignature extends SecretSignature {

    private final JWSAlgorithm algorithm;

    PinnedSecretSignature(SecretSignatureConfiguration configuration) {
        super(configuration);
        this.algorithm = configuration.getJwsAlgorithm();
    }

    @Override
    public boolean supports(JWSAlgorithm candidate) {
        return algorithm.equals(candidate);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the " + algorithm.getName() + " JWS algorithm is supported";
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return algorithm.equals(jwt.getHeader().getAlgorithm()) && super.verify(jwt);
    }
}
