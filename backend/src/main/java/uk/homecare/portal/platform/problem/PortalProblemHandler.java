package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces(uk.homecare.portal.api.problem.Problem.MEDIA_TYPE)
final class PortalProblemHandler implements ExceptionHandler<PortalProblem, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, PortalProblem problem) {
        var response = Problems.response(problem.status(), problem.type(), problem.getMessage(), problem.errors(), problem.choices());
        problem.retryAfter().ifPresent(wait ->
                response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0)))));
        return response;
    }
}
