package uk.homecare.portal.platform;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers on every API answer: nothing of it is cached (it is personal or a council's data: {@code /api/me},
 * bookings, statements), its content type is not second-guessed, no other site draws it in a frame, and no
 * answer may load anything. The API reference page under {@code /swagger} is the one page the API serves: it
 * may load its own script and styles, and be cached, as it holds nothing personal.
 */
@ServerFilter("/**")
final class SecurityHeaders implements Ordered {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String REFERENCE_PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean referencePage = request.getPath().startsWith("/swagger/") || request.getPath().startsWith("/redoc/");
        HttpHeaders headers = response.getHeaders();
        if (!referencePage && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Content-Security-Policy", referencePage ? REFERENCE_PAGE_POLICY : API_POLICY);
    }

    /** First on the way in, so last on the way out: refusals that security writes before any controller get these too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
