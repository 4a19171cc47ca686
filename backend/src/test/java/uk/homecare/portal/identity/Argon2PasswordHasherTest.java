package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.Race;

class Argon2PasswordHasherTest {

    private static final byte[] NONE = new byte[0];
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(new MovableClock());

    @Test
    void a_hash_made_with_bouncy_castle_before_the_change_still_verifies_and_a_wrong_password_still_fails() {
        String stored = madeByBouncyCastle("a-password-from-before-2026", new Argon2id.Cost(19_456, 2, 1, 32));

        assertThat(hasher.matches("a-password-from-before-2026", stored)).isTrue();
        assertThat(hasher.matches("a-password-from-before-2027", stored)).isFalse();
    }

    @Test
    void an_old_hash_with_more_memory_than_a_slot_keeps_and_more_lanes_still_verifies() {
        String stored = madeByBouncyCastle("pässwörd with ünïcode", new Argon2id.Cost(24_576, 1, 2, 32));

        assertThat(hasher.matches("pässwörd with ünïcode", stored)).isTrue();
        assertThat(hasher.matches("passwörd with ünïcode", stored)).isFalse();
        assertThat(hasher.matches("pässwörd with ünïcode", madeByBouncyCastle("x", new Argon2id.Cost(19_456, 2, 1, 32))))
                .isFalse();
    }

    @Test
    void a_new_hash_keeps_the_phc_format_and_parameters_and_bouncy_castle_agrees_with_it() {
        String stored = hasher.hash("a new password");

        assertThat(stored).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Argon2idTest.bouncyCastle(new Argon2id.Cost(19_456, 2, 1, 32),
                "a new password".getBytes(StandardCharsets.UTF_8), salt, NONE, NONE);
        assertThat(Base64.getDecoder().decode(parts[5])).isEqualTo(expected);
        assertThat(hasher.matches("a new password", stored)).isTrue();
    }

    @Test
    void many_threads_hashing_at_once_through_the_slots_get_what_hashing_one_after_another_gets() throws Exception {
        Argon2id.Cost cost = new Argon2id.Cost(2_048, 2, 1, 32);
        HashingSlots slots = new HashingSlots(3, cost.memoryLongs(), new MovableClock(), Duration.ofSeconds(5));
        List<byte[]> sequential = IntStream.range(0, 16)
                .mapToObj(i -> Argon2idTest.bouncyCastle(cost, password(i), salt(i), NONE, NONE))
                .toList();

        List<byte[]> racing = Race.of(16, i -> slots.run(buffer -> Argon2id.hash(cost, password(i), salt(i), NONE, NONE, buffer)));

        for (int i = 0; i < 16; i++) {
            assertThat(racing.get(i)).as("racer %d", i).isEqualTo(sequential.get(i));
        }
    }

    @Test
    void many_sign_ins_at_once_through_the_hasher_all_verify_and_none_verifies_another_password() throws Exception {
        List<String> stored = Race.of(6, i -> hasher.hash("password " + i));

        List<Boolean> own = Race.of(6, i -> hasher.matches("password " + i, stored.get(i)));
        List<Boolean> next = Race.of(6, i -> hasher.matches("password " + i, stored.get((i + 1) % 6)));

        assertThat(own).containsOnly(true);
        assertThat(next).containsOnly(false);
    }

    private static String madeByBouncyCastle(String password, Argon2id.Cost cost) {
        byte[] salt = salt(password.length());
        byte[] hash = Argon2idTest.bouncyCastle(cost, password.getBytes(StandardCharsets.UTF_8), salt, NONE, NONE);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(cost.memoryKib(), cost.passes(), cost.lanes(),
                ENCODER.encodeToString(salt), ENCODER.encodeToString(hash));
    }

    private static byte[] password(int i) {
        return ("racer's password " + i).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] salt(int i) {
        byte[] salt = new byte[16];
        for (int b = 0; b < salt.length; b++) {
            salt[b] = (byte) (i * 31 + b);
        }
        return salt;
    }
}
