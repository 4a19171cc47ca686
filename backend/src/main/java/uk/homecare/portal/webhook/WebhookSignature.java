package uk.homecare.portal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook request: {@code Webhook-Signature: v1=<hex>}, where hex is the
 * lower-case HMAC-SHA256 of {@code "<Webhook-Timestamp>.<body>"} keyed with the UTF-8 bytes of the
 * subscription's secret (the whole string, {@code whsec_} included). A receiver computes the same over
 * the raw body, compares in constant time, and refuses timestamps more than a few minutes old.
 */
public final class WebhookSignature {

    public static final String ID = "Webhook-Id";
    public static final String TIMESTAMP = "Webhook-Timestamp";
    public static final String SIGNATURE = "Webhook-Signature";
    static final String SECRET_PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** {@code v1=} and the hex HMAC-SHA256 of {@code "<timestamp>.<body>"} under {@code secret}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A new secret: 32 random bytes, base64url. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
