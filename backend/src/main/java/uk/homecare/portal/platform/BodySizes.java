package uk.homecare.portal.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Bodies stay small (64 KiB) except for the operations marked {@link LargeBody} (an ECM upload, up to the server's
 * 10 MB {@code max-request-size}). Netty refuses what is over the server's limit before anything runs; this filter
 * refuses, before the body is read, a declared length over 64 KiB on every other route (413), and a body of undeclared
 * length (chunked) there too (411): the portal's clients always say how long their body is.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodySizes implements Ordered {

    static final long SMALL = 64 * 1024;

    @RequestFilter
    @Nullable HttpResponse<?> keepSmall(HttpRequest<?> request) {
        long length = request.getContentLength();
        boolean chunked = request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING, String.class).map(v -> v.contains("chunked")).orElse(false);
        if (length <= SMALL && !chunked) {
            return null;
        }
        boolean large = RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(LargeBody.class)).orElse(false);
        if (large) {
            return null;
        }
        return chunked && length < 0
                ? Problems.response(HttpStatus.LENGTH_REQUIRED, ProblemType.ERROR, Problems.message("problem.length-required.detail"), List.of())
                : Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                        Problems.message("problem.body-too-large.detail", SMALL / 1024), List.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
