package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    private static final byte[] NONE = new byte[0];

    @Test
    void the_rfc_9106_test_vector_for_argon2id_comes_out() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] associatedData = filled(12, 0x04);
        Argon2id.Cost cost = new Argon2id.Cost(32, 3, 4, 32);

        byte[] tag = Argon2id.hash(cost, password, salt, secret, associatedData, new long[cost.memoryLongs()]);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void it_gives_what_bouncy_castle_gives_for_many_random_passwords_and_salts_with_one_buffer_reused_throughout() {
        Random random = new Random(15);
        Argon2id.Cost[] costs = {
            new Argon2id.Cost(8, 1, 1, 32), new Argon2id.Cost(32, 3, 4, 32), new Argon2id.Cost(64, 2, 2, 16),
            new Argon2id.Cost(100, 1, 3, 64), new Argon2id.Cost(256, 2, 1, 100), new Argon2id.Cost(515, 4, 1, 32),
            new Argon2id.Cost(1024, 2, 5, 4), new Argon2id.Cost(4096, 1, 1, 65),
        };
        Argon2id.Cost portal = new Argon2id.Cost(19_456, 2, 1, 32);
        long[] buffer = new long[portal.memoryLongs()];
        for (int round = 0; round < 5; round++) {
            for (Argon2id.Cost cost : costs) {
                byte[] password = randomBytes(random, random.nextInt(40));
                byte[] salt = randomBytes(random, 8 + random.nextInt(24));
                byte[] secret = random.nextBoolean() ? NONE : randomBytes(random, 1 + random.nextInt(32));
                byte[] associatedData = random.nextBoolean() ? NONE : randomBytes(random, 1 + random.nextInt(32));

                byte[] ours = Argon2id.hash(cost, password, salt, secret, associatedData, buffer);

                assertThat(ours).as("%s", cost).isEqualTo(bouncyCastle(cost, password, salt, secret, associatedData));
            }
        }
        for (int i = 0; i < 3; i++) {
            byte[] password = randomBytes(random, 8 + random.nextInt(30));
            byte[] salt = randomBytes(random, 16);
            assertThat(Argon2id.hash(portal, password, salt, NONE, NONE, buffer))
                    .isEqualTo(bouncyCastle(portal, password, salt, NONE, NONE));
        }
    }

    @Test
    void a_hash_needing_more_memory_than_the_buffer_holds_takes_its_own_and_leaves_the_buffer_alone() {
        Argon2id.Cost cost = new Argon2id.Cost(2048, 2, 1, 32);
        long[] small = new long[64 * Argon2id.BLOCK_LONGS];
        Arrays.fill(small, 7L);
        byte[] password = "correct horse battery staple".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] salt = filled(16, 0x2a);

        byte[] tag = Argon2id.hash(cost, password, salt, NONE, NONE, small);

        assertThat(tag).isEqualTo(bouncyCastle(cost, password, salt, NONE, NONE));
        assertThat(small).containsOnly(7L);
    }

    @Test
    void the_memory_a_hash_used_is_wiped_when_it_ends() {
        Argon2id.Cost cost = new Argon2id.Cost(64, 2, 1, 32);
        long[] buffer = new long[cost.memoryLongs() + Argon2id.BLOCK_LONGS];

        Argon2id.hash(cost, filled(12, 0x05), filled(16, 0x06), NONE, NONE, buffer);

        assertThat(buffer).containsOnly(0L);
    }

    static byte[] bouncyCastle(Argon2id.Cost cost, byte[] password, byte[] salt, byte[] secret, byte[] associatedData) {
        Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.passes())
                .withParallelism(cost.lanes())
                .withSalt(salt);
        if (secret.length > 0) {
            parameters.withSecret(secret);
        }
        if (associatedData.length > 0) {
            parameters.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters.build());
        byte[] out = new byte[cost.tagBytes()];
        generator.generateBytes(password, out);
        return out;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
