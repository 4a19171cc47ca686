package uk.homecare.portal.platform.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.homecare.portal.api.Idempotency;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Runs a creating request at most once per {@code Idempotency-Key}. A key belongs to a caller and an operation; the
 * first request with it stores the fingerprint of what was asked (body and path) and the answer, in the same
 * transaction as what it created, so either both commit or neither does. A repeat with the same request gets the
 * stored answer (and the header {@code Idempotent-Replayed: true}) and creates nothing; a repeat with another
 * request is refused (422, idempotency-key-reused). Racing repeats wait for the first one's transaction: a
 * transaction-scoped advisory lock on the key is taken before anything else. A failed request stores nothing, so
 * its retry runs afresh. Without a key the work simply runs. Keys expire with retention (retention.Retention).
 */
@Singleton
public class IdempotentRequests {

    /** The header a client sends, and the one a replayed answer carries. */
    public static final String KEY_HEADER = Idempotency.KEY;
    public static final String REPLAYED_HEADER = Idempotency.REPLAYED;
    static final String REPLAYED_ATTRIBUTE = "portal.idempotent.replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");

    /** Whom a key belongs to, what it is for, and what was asked: the path's ids and the body, in order. */
    public record Request(UUID caller, String operation, @Nullable String key, List<?> parts) {}

    /** An answer, and whether it is the stored answer to an earlier request with the same key. */
    public record Answer<R>(R body, boolean replayed) {}

    private record Stored(String requestHash, String responseBody) {}

    private final Sql sql;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotentRequests(Sql sql, ObjectMapper json, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates by {@code work}, once per key. {@code councilOf} names the council whose data the answer holds (the
     * stored answer is seen only by those who act for that council).
     */
    @Transactional
    public <R> Answer<R> once(Request request, Class<R> answerType, Supplier<R> work, Function<R, UUID> councilOf) {
        String key = request.key();
        if (key == null) {
            return new Answer<>(work.get(), false);
        }
        if (!VALID_KEY.matcher(key).matches() || key.isBlank()) {
            throw PortalProblem.invalid(KEY_HEADER, Problems.message("idempotency.key.invalid"));
        }
        String hash = fingerprint(request);
        // Racing repeats queue here until the first one's transaction ends; then they find its answer.
        sql.one("select pg_advisory_xact_lock(hashtextextended(? || ' ' || ? || ' ' || ?, 0))", row -> true,
                request.caller().toString(), request.operation(), key);
        Optional<Stored> stored = sql.one("select request_hash, response_body from idempotency_key where caller_id = ? and operation = ? and key = ?",
                row -> new Stored(row.getString("request_hash"), row.getString("response_body")), request.caller(), request.operation(), key);
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(hash)) {
                throw reused();
            }
            markReplayed();
            return new Answer<>(read(stored.get().responseBody(), answerType), true);
        }
        R answer = work.get();
        int kept = sql.update("""
                insert into idempotency_key (caller_id, operation, key, council_id, request_hash, response_body, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                request.caller(), request.operation(), key, councilOf.apply(answer), hash, write(answer), Timestamp.from(clock.instant()));
        if (kept == 0) {
            // The key was used before for data of a council the caller no longer acts for: not the same request.
            throw reused();
        }
        return new Answer<>(answer, false);
    }

    private static PortalProblem reused() {
        return PortalProblem.unprocessable(ProblemType.IDEMPOTENCY_KEY_REUSED, Problems.message("idempotency.key.reused"));
    }

    /** Tells {@link ReplayedHeader} to mark the answer to the request being served. */
    private static void markReplayed() {
        ServerRequestContext.currentRequest().ifPresent(current -> current.setAttribute(REPLAYED_ATTRIBUTE, Boolean.TRUE));
    }

    private String fingerprint(Request request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // Parts apart by a byte no JSON holds; one part alone hashes as its JSON (as CHC's keys always did).
            for (int i = 0; i < request.parts().size(); i++) {
                if (i > 0) {
                    digest.update((byte) 0);
                }
                digest.update(write(request.parts().get(i)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <R> R read(String body, Class<R> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
