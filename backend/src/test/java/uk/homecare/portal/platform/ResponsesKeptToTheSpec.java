package uk.homecare.portal.platform;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.filter.ClientFilterChain;
import io.micronaut.http.filter.HttpClientFilter;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import uk.homecare.portal.testing.SpecViolations;

/**
 * Checks every response a test receives through Micronaut's HTTP client against the published spec
 * ({@code openapi/homecare-portal.yml}) with the swagger-request-validator: the path and method are an
 * operation of the spec, the status is one the operation gives, and the content type, the headers the
 * spec describes and the body are as it says. Requests are not checked (tests send bad ones on purpose).
 * What differs is recorded in {@link SpecViolations}, and {@code PortalTest} fails the test that received it.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class ResponsesKeptToTheSpec implements HttpClientFilter {

    /** Addresses that are not operations of the API: the spec itself and its reference page, and the health check for load balancers. */
    private static final List<String> NOT_THE_API = List.of("/swagger/", "/health");

    private final SpecViolations violations;
    private final BeanProvider<EmbeddedServer> server;

    ResponsesKeptToTheSpec(SpecViolations violations, BeanProvider<EmbeddedServer> server) {
        this.violations = violations;
        this.server = server;
    }

    @Override
    public Publisher<? extends HttpResponse<?>> doFilter(MutableHttpRequest<?> request, ClientFilterChain chain) {
        return Flux.from(chain.proceed(request))
                .doOnNext(response -> check(request, response))
                .doOnError(HttpClientResponseException.class, refused -> check(request, refused.getResponse()));
    }

    void check(HttpRequest<?> request, HttpResponse<?> response) {
        String path = request.getPath();
        if (toThePortal(request.getUri()) && checked(path, request.getAttribute(SpecViolations.OFF_THE_SPEC).isPresent())) {
            differences(request.getMethodName(), path, response).forEach(violations::record);
            violations.checked();
        }
    }

    /** A call to the portal under test ({@code @Client("/")}), not to another server a test runs (a webhook receiver, say). */
    private boolean toThePortal(URI uri) {
        return !uri.isAbsolute() || uri.getPort() == server.get().getPort();
    }

    /** How the response differs from what the spec says the operation answers, one line each. */
    static List<String> differences(String method, String path, HttpResponse<?> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaders().forEach(headers::put);
        return differences(method, path, response.code(), headers, response.getBody(String.class).orElse(null));
    }

    /** How a response (from any client) differs from what the spec says the operation answers, one line each. */
    static List<String> differences(String method, String path, int status, Map<String, List<String>> headers, @Nullable String body) {
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(status);
        headers.forEach(checked::withHeader);
        if (body != null && !body.isEmpty()) {
            checked.withBody(body);
        }
        String call = method + " " + path + " answered " + status;
        try {
            ValidationReport report = Spec.VALIDATOR.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), checked.build());
            return report.getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> call + ": [" + message.getKey() + "] " + message.getMessage()
                            + message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                                    .map(pointers -> " at " + pointers.getInstance()).orElse(""))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(call + ": the response could not be checked: " + e);
        }
    }

    /** Whether a response to this address is checked: not when the test called off the spec on purpose, nor outside the API. */
    static boolean checked(String path, boolean offTheSpec) {
        return !offTheSpec && NOT_THE_API.stream().noneMatch(path::startsWith);
    }

    /** The published spec, read once for the whole test run. */
    private static final class Spec {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForSpecificationUrl(PublishedSpec.FILE.toAbsolutePath().normalize().toUri().toString())
                .build();
    }
}
