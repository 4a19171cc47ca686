package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.Failures;

/**
 * A failure nothing else answers: 503 with Retry-After when the database is out of reach for the moment
 * ({@link DatabaseOutage}), else 500 with a problem that says nothing was changed, and one log line that
 * names the operation by its route (not the address asked, which may hold what someone typed) and the
 * failure by its kinds (not its messages, which may quote a person's text back). Micronaut's own logging
 * of these would print every message in the chain.
 */
@Singleton
@Produces(uk.homecare.portal.api.problem.Problem.MEDIA_TYPE)
final class UnexpectedFailureHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);

    /** Seconds a client should wait before trying again while the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception failure) {
        if (DatabaseOutage.isOutage(failure)) {
            LOG.warn("Database out of reach on {} {}: {}", request.getMethodName(), route(request), Failures.describe(failure));
            return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE,
                            Problems.message("problem.unavailable.detail"), List.of())
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        LOG.error("Unexpected failure on {} {}: {}", request.getMethodName(), route(request), Failures.describe(failure));
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.SERVER_ERROR, Problems.message("problem.server.detail"), List.of());
    }

    private static String route(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toString())
                .orElse("(no route)");
    }
}
