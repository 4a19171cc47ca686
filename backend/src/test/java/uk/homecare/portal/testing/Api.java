package uk.homecare.portal.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.problem.Problem;

/** Real HTTP calls to the running API, signed in as a demo user when asked. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo-password-2026";

    private final BlockingHttpClient http;
    private final Clock clock;
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    /** A token and when it runs out by the application's clock, so a test that moves the clock signs in again. */
    private record Issued(String token, Instant issued, Instant expires) {

        boolean validAt(Instant now) {
            return !now.isBefore(issued) && now.isBefore(expires);
        }
    }

    public Api(HttpClient client, Clock clock) {
        this.http = client.toBlocking();
        this.clock = clock;
    }

    public String tokenFor(String username) {
        return cached(username, () -> http.retrieve(HttpRequest.POST("/login", new Credentials(username, DEMO_PASSWORD)), AccessToken.class));
    }

    private String cached(String key, Supplier<AccessToken> signIn) {
        Instant now = clock.instant();
        return tokens.compute(key, (k, issued) -> {
            if (issued != null && issued.validAt(now)) {
                return issued;
            }
            AccessToken token = signIn.get();
            return new Issued(token.accessToken(), now, now.plusSeconds(token.expiresIn()));
        }).token();
    }

    public static final String PARTNER_CLIENT = "coventry-icb-demo";
    public static final String PARTNER_SECRET = "demo-client-secret-2026";

    /** The demo NHS partner's token from the client credentials grant, fetched once. */
    public String partnerToken() {
        return cached("partner:" + PARTNER_CLIENT, this::partnerSignIn);
    }

    /** A fresh partner token, carrying the councils the partner serves now. */
    public String newPartnerToken() {
        return partnerSignIn().accessToken();
    }

    private AccessToken partnerSignIn() {
        return http.retrieve(HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials",
                        "client_id", PARTNER_CLIENT, "client_secret", PARTNER_SECRET))
                .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class);
    }

    public <T> MutableHttpRequest<T> as(String username, MutableHttpRequest<T> request) {
        return request.bearerAuth(tokenFor(username));
    }

    public <T> T retrieve(MutableHttpRequest<?> request, Class<T> type) {
        return http.retrieve(request, type);
    }

    public <T> T retrieve(MutableHttpRequest<?> request, Argument<T> type) {
        return http.retrieve(request, type);
    }

    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Class<T> type) {
        return http.exchange(request, type);
    }

    /** Sends the requests all at once, each from its own thread, and gives their answers in the same order. */
    public <T> java.util.List<HttpResponse<T>> race(java.util.List<? extends MutableHttpRequest<?>> requests, Class<T> type) throws Exception {
        java.util.List<java.util.concurrent.Callable<HttpResponse<T>>> calls = new java.util.ArrayList<>();
        for (MutableHttpRequest<?> request : requests) {
            calls.add(() -> http.exchange(request, type));
        }
        java.util.List<HttpResponse<T>> answers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(requests.size())) {
            for (var answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }
        return answers;
    }

    /** The problem the API answers with; fails if the call succeeds. */
    public HttpClientResponseException refusal(MutableHttpRequest<?> request) {
        try {
            http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("Expected " + request.getMethod() + " " + request.getPath() + " to be refused");
    }

    public static Problem problemOf(HttpClientResponseException e) {
        return e.getResponse().getBody(Problem.class).orElseThrow(() -> new AssertionError("No problem body: " + e.getResponse().getBody(String.class)));
    }
}
