package uk.homecare.portal.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
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
 * refuses, before the body is read, a declared length over 64 KiB on every other route (413). A body of undeclared length
 * (chunked, as Java's HTTP client sends a form) is let through: partners' generated clients send them, and the server's
 * limit still bounds it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodySizes implements Ordered {

    static final long SMALL = 64 * 1024;

    @RequestFilter
    @Nullable HttpResponse<?> keepSmall(HttpRequest<?> request) {
        if (request.getContentLength() <= SMALL) {
            return null;
        }
        boolean large = RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(LargeBody.class)).orElse(false);
        return large ? null : Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                Problems.message("problem.body-too-large.detail", SMALL / 1024), List.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
