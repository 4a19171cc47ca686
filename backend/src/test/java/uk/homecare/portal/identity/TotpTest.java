package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-time codes as RFC 6238 computes them, and the Base32 secrets apps are given. */
class TotpTest {

    private static final byte[] RFC_6238_SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the 8-digit code is {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void codes_are_those_of_rfc_6238_appendix_b(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(RFC_6238_SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(expected);
        assertThat(Totp.code(RFC_6238_SHA1_SEED, step, 6, "HmacSHA1")).isEqualTo(expected.substring(2));
        assertThat(Totp.codeAt(Base32.encode(RFC_6238_SHA1_SEED), Instant.ofEpochSecond(seconds))).isEqualTo(expected.substring(2));
    }

    @Test
    void base32_is_that_of_rfc_4648_without_padding_and_reads_back_ignoring_case_spaces_and_padding() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.encode(RFC_6238_SHA1_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);

        byte[] secret = Totp.newSecret(new SecureRandom());
        assertThat(secret).hasSize(20);
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Base32.encode(secret)).hasSize(32);
    }

    @Test
    void a_code_is_taken_one_step_either_side_of_now_and_only_after_the_last_step_used() {
        String secret = Base32.encode(RFC_6238_SHA1_SEED);
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now), now, -1)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(30)), now, -1)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.plusSeconds(30)), now, -1)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(60)), now, -1)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.plusSeconds(60)), now, -1)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now), now, step)).as("used already").isEmpty();
        assertThat(Totp.matchingStep(secret, "050 471", now, -1)).as("typed with the app's space").hasValue(step);
        assertThat(Totp.matchingStep(secret, "abcdef", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(secret, "1405047", now, -1)).isEmpty();
    }

    @Test
    void the_key_uri_names_the_portal_and_the_person() {
        assertThat(TwoStepVerification.uri("JBSWY3DPEHPK3PXP", "commissioner@coventry.demo")).isEqualTo(
                "otpauth://totp/Homecare%20Portal:commissioner%40coventry.demo?secret=JBSWY3DPEHPK3PXP&issuer=Homecare%20Portal"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recovery_codes_are_ten_different_ones_of_twelve_characters_hashed_whatever_their_case_and_hyphens() {
        var codes = new RecoveryCodeMaker(new SecureRandom()).make();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        String code = codes.getFirst();
        assertThat(RecoveryCodeMaker.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodeMaker.hash(code));
        assertThat(RecoveryCodeMaker.looksLikeOne(code)).isTrue();
        assertThat(RecoveryCodeMaker.looksLikeOne("123456")).isFalse();
    }
}
