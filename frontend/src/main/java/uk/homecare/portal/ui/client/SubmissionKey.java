package uk.homecare.portal.ui.client;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A form's Idempotency-Key: the same for as long as the same values are sent (a second click, or a retry after an
 * answer that never came), so the API creates the thing once; a new one as soon as the values change.
 */
public final class SubmissionKey {

    private @Nullable Object sent;
    private String key = fresh();

    /** The key to send with these values. */
    public String of(Object values) {
        if (!values.equals(sent)) {
            sent = values;
            key = fresh();
        }
        return key;
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
