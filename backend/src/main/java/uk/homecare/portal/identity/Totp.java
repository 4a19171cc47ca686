package uk.homecare.portal.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226) as authenticator apps make them by default:
 * HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits, a secret of 20 random bytes. A code is accepted
 * one step either side of now, for clocks that differ a little and codes typed as they change.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final int SECRET_BYTES = 20;
    /** Steps either side of the current one whose codes are still accepted. */
    static final int TOLERANCE = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** A new secret of 20 random bytes. */
    static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The 30-second step {@code at} falls in. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a Base32 secret at an instant, as the person's app shows it. */
    public static String codeAt(String base32Secret, Instant at) {
        return code(Base32.decode(base32Secret), stepAt(at), DIGITS, "HmacSHA1");
    }

    /** The code of a step (RFC 4226's dynamic truncation), {@code digits} long, with the given HMAC ({@code HmacSHA1} ...). */
    public static String code(byte[] key, long step, int digits, String hmac) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, hmac));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is not available", e);
        }
    }

    /**
     * The step whose code {@code code} is, among the steps one either side of {@code now}'s and later than
     * {@code lastUsedStep} (so a code already taken is refused); empty when none. Spaces in the code are ignored.
     */
    static OptionalLong matchingStep(String base32Secret, String code, Instant now, long lastUsedStep) {
        String typed = code.replace(" ", "");
        if (typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            boolean same = MessageDigest.isEqual(code(key, step, DIGITS, "HmacSHA1").getBytes(), typed.getBytes());
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
