package uk.homecare.portal.testing;

import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The responses a test received that differ from the published spec, as a checker of responses records
 * them (in the backend's tests, {@code platform.ResponsesKeptToTheSpec}): {@link PortalTest} fails the test
 * that received one, even when the test caught the refusal it was sent.
 */
@Singleton
public final class SpecViolations {

    /** The request attribute {@link #offTheSpec} sets. */
    public static final String OFF_THE_SPEC = "portal.test.off-the-spec";

    private final List<String> found = new ArrayList<>();
    private long checked;

    /**
     * A request to an address or with a method the API does not have, sent on purpose to see how the portal
     * refuses it: its answer has no operation in the spec to be checked against, so it is not checked.
     */
    public static <T> MutableHttpRequest<T> offTheSpec(MutableHttpRequest<T> request) {
        request.setAttribute(OFF_THE_SPEC, true);
        return request;
    }

    /** Counts a response checked, whatever was found. */
    public synchronized void checked() {
        checked++;
    }

    /** How many responses were checked so far. */
    public synchronized long checkedSoFar() {
        return checked;
    }

    public synchronized void record(String violation) {
        found.add(violation);
    }

    /** What was recorded since the last call, which starts afresh. */
    public synchronized List<String> drain() {
        List<String> drained = List.copyOf(found);
        found.clear();
        return drained;
    }
}
