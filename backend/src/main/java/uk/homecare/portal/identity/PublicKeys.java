package uk.homecare.portal.identity;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * The public keys partners' signed client assertions are checked with (private_key_jwt): a JWK, a JWKS of
 * one key, or a PEM {@code PUBLIC KEY}, each held to the same rule: public, RSA of 2048 bits or more, or EC.
 */
public final class PublicKeys {

    private PublicKeys() {}

    /** The key as a public JWK's JSON, or 400 naming {@code field}. */
    public static String fromJwk(String field, Map<String, Object> jwk) {
        try {
            JWK key;
            if (jwk.get("keys") != null) {
                JWKSet set = JWKSet.parse(jwk);
                if (set.getKeys().size() != 1) {
                    throw PortalProblem.invalid(field, "a JWKS must hold exactly one key");
                }
                key = set.getKeys().getFirst();
            } else {
                key = JWK.parse(jwk);
            }
            return checked(field, key).toJSONString();
        } catch (ParseException e) {
            throw PortalProblem.invalid(field, "must be a JSON Web Key");
        }
    }

    /** The key of a PEM {@code -----BEGIN PUBLIC KEY-----} block as a public JWK's JSON, or 400 naming {@code field}. */
    public static String fromPem(String field, String pem) {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        if (!pem.contains("-----BEGIN PUBLIC KEY-----") || body.isEmpty()) {
            throw PortalProblem.invalid(field, "must be a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw PortalProblem.invalid(field, "must be a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
                JWK jwk = key instanceof RSAPublicKey rsa ? new RSAKey.Builder(rsa).build()
                        : new ECKey.Builder(Curve.forECParameterSpec(((ECPublicKey) key).getParams()), (ECPublicKey) key).build();
                return checked(field, jwk).toJSONString();
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
                // not this algorithm: try the next
            }
        }
        throw PortalProblem.invalid(field, "must be a public RSA or EC key");
    }

    private static JWK checked(String field, JWK key) {
        if (key.isPrivate() || !(key instanceof RSAKey || key instanceof ECKey)) {
            throw PortalProblem.invalid(field, "must be a public RSA or EC key");
        }
        if (key instanceof RSAKey rsa && rsa.size() < 2048) {
            throw PortalProblem.invalid(field, "an RSA key must have at least 2048 bits");
        }
        return key;
    }
}
