package uk.homecare.portal.identity;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id, version 0x13 (RFC 9106), filling memory the caller lends it: one flat run of longs, 128 (1 KiB) a block,
 * kept by {@link HashingSlots} and reused for every hash, instead of 19 MiB of fresh objects a hash. The memory is a
 * {@link LongBuffer}, so that it can lie outside the heap ({@link WorkingMemory}); G reads its two input blocks and
 * writes its output block with bulk copies and works on arrays in between.
 * BLAKE2b (H) comes from BouncyCastle; this class is the rest: H', the memory filling with Argon2id's indexing, the
 * compression function G with the BlaMka round, and the finalisation. Lanes are filled one after the other, slice by
 * slice, which gives the same result as filling them in parallel (a segment only reads other lanes' finished slices).
 */
final class Argon2id {

    /** Longs in a block of 1 KiB. */
    static final int BLOCK_LONGS = 128;

    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;
    private static final int SLICES = 4;
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** m KiB of memory, t passes over it, p lanes, a tag of so many bytes. */
    record Cost(int memoryKib, int passes, int lanes, int tagBytes) {
        Cost {
            if (lanes < 1 || lanes > 0xFF_FFFF || passes < 1 || tagBytes < 4 || memoryKib < 8 * lanes) {
                throw new IllegalArgumentException("not Argon2 parameters");
            }
        }

        /** Blocks actually used: m rounded down to a multiple of 4 p. */
        int blocks() {
            return memoryKib / (SLICES * lanes) * SLICES * lanes;
        }

        /** Longs of memory a hash of this cost needs. */
        int memoryLongs() {
            return Math.multiplyExact(blocks(), BLOCK_LONGS);
        }
    }

    private final Cost cost;
    private final LongBuffer memory;
    private final int laneLength;
    private final int segmentLength;
    // Scratch blocks for G and for making addresses: small, made per hash.
    private final long[] r = new long[BLOCK_LONGS];
    private final long[] z = new long[BLOCK_LONGS];
    private final long[] addresses = new long[BLOCK_LONGS];
    private final long[] addressInput = new long[BLOCK_LONGS];
    private final long[] zero = new long[BLOCK_LONGS];
    private final long[] x = new long[BLOCK_LONGS];
    private final long[] y = new long[BLOCK_LONGS];
    private final long[] out = new long[BLOCK_LONGS];

    private Argon2id(Cost cost, LongBuffer memory) {
        this.cost = cost;
        this.memory = memory;
        this.laneLength = cost.blocks() / cost.lanes();
        this.segmentLength = laneLength / SLICES;
    }

    /**
     * The tag of a password. {@code memory} is lent for the length of the call; when it is shorter than the cost
     * needs (an old hash made with more memory), the hash takes its own for the call instead.
     *
     * <p>No stale contents of the lent memory can reach the result: the first pass writes every block it will use
     * before any read of it (pass one computes each block from earlier blocks of the same hash only). It is wiped
     * anyway when the hash ends, so that between sign-ins it holds nothing derived from a password: a heap dump
     * would otherwise let a guess be checked against a block without paying the memory cost (the "garbage
     * collector" attack on memory-hard hashes).
     */
    static byte[] hash(Cost cost, byte[] password, byte[] salt, byte[] secret, byte[] associatedData, LongBuffer memory) {
        LongBuffer lent = memory.capacity() >= cost.memoryLongs() ? memory : LongBuffer.allocate(cost.memoryLongs());
        Argon2id argon2 = new Argon2id(cost, lent);
        try {
            return argon2.tag(password, salt, secret, associatedData);
        } finally {
            argon2.wipe();
        }
    }

    /** The same, in memory on the heap. */
    static byte[] hash(Cost cost, byte[] password, byte[] salt, byte[] secret, byte[] associatedData, long[] memory) {
        return hash(cost, password, salt, secret, associatedData, LongBuffer.wrap(memory));
    }

    private void wipe() {
        for (int at = 0; at < cost.memoryLongs(); at += BLOCK_LONGS) {
            memory.put(at, zero, 0, BLOCK_LONGS);
        }
        Arrays.fill(x, 0L);
        Arrays.fill(y, 0L);
        Arrays.fill(out, 0L);
    }

    private byte[] tag(byte[] password, byte[] salt, byte[] secret, byte[] associatedData) {
        byte[] h0 = initialHash(password, salt, secret, associatedData);
        firstBlocks(h0);
        Arrays.fill(h0, (byte) 0);
        for (int pass = 0; pass < cost.passes(); pass++) {
            for (int slice = 0; slice < SLICES; slice++) {
                for (int lane = 0; lane < cost.lanes(); lane++) {
                    fillSegment(pass, slice, lane);
                }
            }
        }
        return finalBlockHash();
    }

    /** H0: BLAKE2b-512 of the parameters and the inputs, each input after its length. */
    private byte[] initialHash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData) {
        Blake2bDigest h = new Blake2bDigest(512);
        for (int value : new int[] {cost.lanes(), cost.tagBytes(), cost.memoryKib(), cost.passes(), VERSION, TYPE_ID}) {
            updateInt(h, value);
        }
        for (byte[] input : new byte[][] {password, salt, secret, associatedData}) {
            updateInt(h, input.length);
            h.update(input, 0, input.length);
        }
        byte[] h0 = new byte[64];
        h.doFinal(h0, 0);
        return h0;
    }

    /** B[i][0] = H'(H0 || 0 || i) and B[i][1] = H'(H0 || 1 || i) for every lane i. */
    private void firstBlocks(byte[] h0) {
        byte[] seed = Arrays.copyOf(h0, 72);
        byte[] block = new byte[BLOCK_LONGS * 8];
        for (int lane = 0; lane < cost.lanes(); lane++) {
            for (int column = 0; column < 2; column++) {
                putInt(seed, 64, column);
                putInt(seed, 68, lane);
                variableLengthHash(seed, block);
                for (int i = 0; i < BLOCK_LONGS; i++) {
                    out[i] = (long) LITTLE_ENDIAN_LONG.get(block, i * 8);
                }
                memory.put((lane * laneLength + column) * BLOCK_LONGS, out, 0, BLOCK_LONGS);
            }
        }
        Arrays.fill(seed, (byte) 0);
        Arrays.fill(block, (byte) 0);
    }

    private void fillSegment(int pass, int slice, int lane) {
        boolean independent = pass == 0 && slice < SLICES / 2;
        if (independent) {
            Arrays.fill(addressInput, 0L);
            addressInput[0] = pass;
            addressInput[1] = lane;
            addressInput[2] = slice;
            addressInput[3] = cost.blocks();
            addressInput[4] = cost.passes();
            addressInput[5] = TYPE_ID;
        }
        int start = 0;
        if (pass == 0 && slice == 0) {
            start = 2; // the first two blocks of a lane came from H'
            if (independent) {
                nextAddresses();
            }
        }
        int current = lane * laneLength + slice * segmentLength + start;
        int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
        for (int index = start; index < segmentLength; index++, current++, previous++) {
            if (current % laneLength == 1) {
                previous = current - 1;
            }
            memory.get(previous * BLOCK_LONGS, x, 0, BLOCK_LONGS);
            long pseudoRandom;
            if (independent) {
                if (index % BLOCK_LONGS == 0) {
                    nextAddresses();
                }
                pseudoRandom = addresses[index % BLOCK_LONGS];
            } else {
                pseudoRandom = x[0];
            }
            int referenceLane = pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % cost.lanes());
            int referenceIndex = referenceIndex(pass, slice, index, pseudoRandom & 0xFFFF_FFFFL, referenceLane == lane);
            memory.get((referenceLane * laneLength + referenceIndex) * BLOCK_LONGS, y, 0, BLOCK_LONGS);
            boolean withXor = pass > 0;
            if (withXor) {
                memory.get(current * BLOCK_LONGS, out, 0, BLOCK_LONGS);
            }
            compress(x, y, out, withXor);
            memory.put(current * BLOCK_LONGS, out, 0, BLOCK_LONGS);
        }
    }

    /** Which block of the reference lane to read (RFC 9106, 3.4.2), from J1. */
    private int referenceIndex(int pass, int slice, int index, long j1, boolean sameLane) {
        long area;
        if (pass == 0) {
            if (slice == 0) {
                area = index - 1;
            } else if (sameLane) {
                area = (long) slice * segmentLength + index - 1;
            } else {
                area = (long) slice * segmentLength + (index == 0 ? -1 : 0);
            }
        } else if (sameLane) {
            area = laneLength - segmentLength + index - 1;
        } else {
            area = laneLength - segmentLength + (index == 0 ? -1 : 0);
        }
        long x = (j1 * j1) >>> 32;
        long relative = area - 1 - ((area * x) >>> 32);
        long startAt = pass == 0 || slice == SLICES - 1 ? 0 : (long) (slice + 1) * segmentLength;
        return (int) ((startAt + relative) % laneLength);
    }

    /** The next block of addresses: G(0, G(0, input)) after counting the input up by one. */
    private void nextAddresses() {
        addressInput[6]++;
        compress(zero, addressInput, addresses, false);
        compress(zero, addresses, addresses, false);
    }

    /**
     * G: the block {@code to} becomes P(X xor Y) xor (X xor Y), xor its old contents when {@code withXor} (passes
     * after the first); {@code to} may be {@code ys}. P is the BlaMka round applied to the eight rows, then to the eight
     * columns, of 16-byte words.
     */
    private void compress(long[] xs, long[] ys, long[] tos, boolean withXor) {
        long[] rr = r;
        long[] zz = z;
        for (int i = 0; i < BLOCK_LONGS; i++) {
            rr[i] = xs[i] ^ ys[i];
        }
        System.arraycopy(rr, 0, zz, 0, BLOCK_LONGS);
        for (int i = 0; i < 8; i++) {
            int o = 16 * i;
            round(zz, o, o + 1, o + 2, o + 3, o + 4, o + 5, o + 6, o + 7,
                    o + 8, o + 9, o + 10, o + 11, o + 12, o + 13, o + 14, o + 15);
        }
        for (int i = 0; i < 8; i++) {
            int o = 2 * i;
            round(zz, o, o + 1, o + 16, o + 17, o + 32, o + 33, o + 48, o + 49,
                    o + 64, o + 65, o + 80, o + 81, o + 96, o + 97, o + 112, o + 113);
        }
        if (withXor) {
            for (int i = 0; i < BLOCK_LONGS; i++) {
                tos[i] ^= zz[i] ^ rr[i];
            }
        } else {
            for (int i = 0; i < BLOCK_LONGS; i++) {
                tos[i] = zz[i] ^ rr[i];
            }
        }
    }

    private static void round(long[] v, int v0, int v1, int v2, int v3, int v4, int v5, int v6, int v7,
            int v8, int v9, int v10, int v11, int v12, int v13, int v14, int v15) {
        mix(v, v0, v4, v8, v12);
        mix(v, v1, v5, v9, v13);
        mix(v, v2, v6, v10, v14);
        mix(v, v3, v7, v11, v15);
        mix(v, v0, v5, v10, v15);
        mix(v, v1, v6, v11, v12);
        mix(v, v2, v7, v8, v13);
        mix(v, v3, v4, v9, v14);
    }

    /** BLAKE2b's G with each addition a + b made a + b + 2 lo(a) lo(b) (BlaMka). */
    private static void mix(long[] v, int ia, int ib, int ic, int id) {
        long a = v[ia], b = v[ib], c = v[ic], d = v[id];
        a = blaMka(a, b);
        d = Long.rotateRight(d ^ a, 32);
        c = blaMka(c, d);
        b = Long.rotateRight(b ^ c, 24);
        a = blaMka(a, b);
        d = Long.rotateRight(d ^ a, 16);
        c = blaMka(c, d);
        b = Long.rotateRight(b ^ c, 63);
        v[ia] = a;
        v[ib] = b;
        v[ic] = c;
        v[id] = d;
    }

    private static long blaMka(long x, long y) {
        return x + y + 2 * ((x & 0xFFFF_FFFFL) * (y & 0xFFFF_FFFFL));
    }

    /** The tag: H' of the xor of every lane's last block. */
    private byte[] finalBlockHash() {
        long[] last = r;
        memory.get((laneLength - 1) * BLOCK_LONGS, last, 0, BLOCK_LONGS);
        for (int lane = 1; lane < cost.lanes(); lane++) {
            memory.get((lane * laneLength + laneLength - 1) * BLOCK_LONGS, y, 0, BLOCK_LONGS);
            for (int i = 0; i < BLOCK_LONGS; i++) {
                last[i] ^= y[i];
            }
        }
        byte[] bytes = new byte[BLOCK_LONGS * 8];
        for (int i = 0; i < BLOCK_LONGS; i++) {
            LITTLE_ENDIAN_LONG.set(bytes, i * 8, last[i]);
        }
        byte[] tag = new byte[cost.tagBytes()];
        variableLengthHash(bytes, tag);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(r, 0L);
        Arrays.fill(z, 0L);
        return tag;
    }

    /** H' (RFC 9106, 3.3): BLAKE2b stretched to {@code out.length} bytes, 32 bytes a step beyond 64. */
    private static void variableLengthHash(byte[] input, byte[] out) {
        byte[] length = new byte[4];
        putInt(length, 0, out.length);
        if (out.length <= 64) {
            Blake2bDigest h = new Blake2bDigest(out.length * 8);
            h.update(length, 0, 4);
            h.update(input, 0, input.length);
            h.doFinal(out, 0);
            return;
        }
        int steps = (out.length + 31) / 32 - 2;
        byte[] v = new byte[64];
        Blake2bDigest h = new Blake2bDigest(512);
        h.update(length, 0, 4);
        h.update(input, 0, input.length);
        h.doFinal(v, 0);
        System.arraycopy(v, 0, out, 0, 32);
        for (int i = 1; i < steps; i++) {
            h.update(v, 0, 64);
            h.doFinal(v, 0); // doFinal resets the digest
            System.arraycopy(v, 0, out, i * 32, 32);
        }
        int rest = out.length - 32 * steps;
        Blake2bDigest last = new Blake2bDigest(rest * 8);
        last.update(v, 0, 64);
        last.doFinal(out, 32 * steps);
        Arrays.fill(v, (byte) 0);
    }

    private static void updateInt(Blake2bDigest h, int value) {
        byte[] bytes = new byte[4];
        putInt(bytes, 0, value);
        h.update(bytes, 0, 4);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }
}
