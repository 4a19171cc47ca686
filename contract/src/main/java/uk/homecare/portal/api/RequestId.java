package uk.homecare.portal.api;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one request, for finding its lines in the logs: a caller may send {@code X-Request-ID} (8 to 64
 * letters, digits, {@code . _ -}; anything else is replaced) and every answer carries the id it was served under.
 * The UI sends the id of the click that made the call, so the UI's and the API's lines of one action share it.
 */
public final class RequestId {

    /** The request and response header. */
    public static final String HEADER = "X-Request-ID";

    /** The key of the id in the logging context (SLF4J's MDC). */
    public static final String LOG_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestId() {}

    /** The id sent if it is well formed, else a new one. */
    public static String orNew(String sent) {
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
