package uk.homecare.portal.platform.problem;

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
        return Problems.response(problem.status(), problem.type(), problem.getMessage(), problem.errors());
    }
}
