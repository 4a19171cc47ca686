package uk.homecare.portal.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.problem.Problem;

/** Real HTTP calls to the running API, signed in as a demo user when asked. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo-password-2026";

    private final BlockingHttpClient http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Api(HttpClient client) {
        this.http = client.toBlocking();
    }

    public String tokenFor(String username) {
        return tokens.computeIfAbsent(username, u ->
                http.retrieve(HttpRequest.POST("/login", new Credentials(u, DEMO_PASSWORD)), AccessToken.class).accessToken());
    }

    public static final String PARTNER_CLIENT = "coventry-icb-demo";
    public static final String PARTNER_SECRET = "demo-client-secret-2026";

    /** The demo NHS partner's token from the client credentials grant, fetched once. */
    public String partnerToken() {
        return tokens.computeIfAbsent("partner:" + PARTNER_CLIENT, k -> newPartnerToken());
    }

    /** A fresh partner token, carrying the councils the partner serves now. */
    public String newPartnerToken() {
        return http.retrieve(HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials",
                        "client_id", PARTNER_CLIENT, "client_secret", PARTNER_SECRET))
                .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class).accessToken();
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
