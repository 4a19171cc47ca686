package uk.homecare.portal.identity;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * A hash's working memory outside the heap, freed when it is closed: so that the 19 MiB a hashing slot works in is
 * given back when the slot goes idle, instead of staying in a heap that the serial collector shrinks only after a full
 * collection (bench/ready). It is a {@code java.lang.foreign} arena's memory (final from Java 22; the portal runs on
 * 25), reached through method handles because the project compiles for Java 21, where that API is a preview. On a
 * JVM without it, the memory is on the heap and closing it only lets it go.
 *
 * <p>The arena allocates with malloc; glibc hands back to the operating system a freed block of 19 MiB only when the
 * block was mapped on its own, which it stops doing after the first such block is freed unless its mmap threshold is
 * fixed: the Dockerfile and bench/ready set {@code MALLOC_MMAP_THRESHOLD_} (without it the memory is reused, not
 * returned).
 */
final class WorkingMemory implements AutoCloseable {

    private static final Foreign FOREIGN = Foreign.find();

    private final LongBuffer longs;
    private final Object arena;

    private WorkingMemory(LongBuffer longs, Object arena) {
        this.longs = longs;
        this.arena = arena;
    }

    /** Memory for so many longs, all zero: outside the heap where the JVM has the foreign-memory API. */
    static WorkingMemory allocate(int longs) {
        return FOREIGN != null ? FOREIGN.allocate(longs) : onTheHeap(longs);
    }

    /** Memory for so many longs on the heap. */
    static WorkingMemory onTheHeap(int longs) {
        return new WorkingMemory(LongBuffer.allocate(longs), null);
    }

    /** The longs, read and written by absolute index; after {@link #close()} reading them fails (outside the heap). */
    LongBuffer longs() {
        return longs;
    }

    boolean outsideTheHeap() {
        return arena != null;
    }

    /** Frees the memory outside the heap (the caller no longer reads it). */
    @Override
    public void close() {
        if (arena != null) {
            FOREIGN.close(arena);
        }
    }

    /** {@code Arena.ofShared()}, {@code arena.allocate(bytes, 8).asByteBuffer()} and {@code arena.close()}. */
    private record Foreign(MethodHandle ofShared, MethodHandle allocate, MethodHandle asByteBuffer, MethodHandle close) {

        static Foreign find() {
            if (Runtime.version().feature() < 22) {
                return null; // a preview in 21, there only with --enable-preview
            }
            try {
                Class<?> arena = Class.forName("java.lang.foreign.Arena");
                Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                Foreign foreign = new Foreign(
                        lookup.findStatic(arena, "ofShared", MethodType.methodType(arena)),
                        lookup.findVirtual(arena, "allocate", MethodType.methodType(segment, long.class, long.class)),
                        lookup.findVirtual(segment, "asByteBuffer", MethodType.methodType(ByteBuffer.class)),
                        lookup.findVirtual(arena, "close", MethodType.methodType(void.class)));
                foreign.close(foreign.allocate(1).arena); // works here, or not at all
                return foreign;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        WorkingMemory allocate(int longs) {
            try {
                Object arena = ofShared.invoke();
                try {
                    ByteBuffer bytes = (ByteBuffer) asByteBuffer.invoke(allocate.invoke(arena, (long) longs * Long.BYTES, 8L));
                    return new WorkingMemory(bytes.order(ByteOrder.nativeOrder()).asLongBuffer(), arena);
                } catch (Throwable e) {
                    close(arena);
                    throw e;
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("could not allocate working memory", e);
            }
        }

        void close(Object arena) {
            try {
                close.invoke(arena);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("could not free working memory", e);
            }
        }
    }
}
