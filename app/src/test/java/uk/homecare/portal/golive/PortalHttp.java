package uk.homecare.portal.golive;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;

/**
 * The portal's API over plain HTTP ({@code java.net.http}), with the contract's records as JSON: what a council's
 * scripts or a partner's system would use. Every call that should succeed fails the test with the method, path,
 * status and problem when it does not.
 */
final class PortalHttp {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = ObjectMapper.getDefault();

    PortalHttp(String base) {
        this.base = base;
    }

    /** An HTTP answer: its status, body and the UK date the server's {@code Date} header gives. */
    record Answer(int status, String body, @Nullable LocalDate serverDate) {}

    Answer send(String method, String path, @Nullable String token, @Nullable Object body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form-encoded POST, as OAuth2's token endpoint takes. */
    Answer postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return answer(http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        LocalDate date = response.headers().firstValue("Date")
                .map(value -> UkTime.dateOf(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()))
                .orElse(null);
        return new Answer(response.statusCode(), response.body(), date);
    }

    <T> T get(String token, String path, Class<T> type) {
        return read(ok("GET", path, send("GET", path, token, null)), Argument.of(type));
    }

    <T> T get(String token, String path, Argument<T> type) {
        return read(ok("GET", path, send("GET", path, token, null)), type);
    }

    <T> T post(@Nullable String token, String path, @Nullable Object body, Class<T> type, String... headers) {
        return read(ok("POST", path, send("POST", path, token, body, headers)), Argument.of(type));
    }

    <T> T put(String token, String path, Object body, Class<T> type) {
        return read(ok("PUT", path, send("PUT", path, token, body)), Argument.of(type));
    }

    <T> T put(String token, String path, Object body, Argument<T> type) {
        return read(ok("PUT", path, send("PUT", path, token, body)), type);
    }

    /** A call that must succeed without an answer worth reading. */
    Answer call(String method, String path, @Nullable String token, @Nullable Object body, String... headers) {
        return ok(method, path, send(method, path, token, body, headers));
    }

    <T> T read(Answer answer, Argument<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + type + " from " + answer.body(), e);
        }
    }

    private static Answer ok(String method, String path, Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
