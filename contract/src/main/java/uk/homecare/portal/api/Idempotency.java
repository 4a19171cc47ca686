package uk.homecare.portal.api;

/**
 * The Idempotency-Key every creating operation accepts: a retry with the same key and body answers what the first
 * request answered (with {@code Idempotent-Replayed: true}) and creates nothing new, even when retries race; the
 * same key with another body is refused (422, idempotency-key-reused). Keys belong to the caller and the operation,
 * and are kept 30 days.
 */
public final class Idempotency {

    /** The request header. */
    public static final String KEY = "Idempotency-Key";

    /** The answer's header when it repeats the first answer to the key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** The header's description in the published spec. */
    public static final String KEY_DESCRIPTION = """
            Optional: a key unique to this request (1 to 200 printable ASCII characters, e.g. a UUID); send it again \
            on a retry. The same key with the same body answers the first answer again (header Idempotent-Replayed: \
            true) and creates nothing; with another body it is refused (422). Keys are kept 30 days.""";

    private Idempotency() {}
}
