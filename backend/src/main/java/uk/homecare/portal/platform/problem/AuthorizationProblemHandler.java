package uk.homecare.portal.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.problem.ProblemType;

/** 401 when no valid token came with the request, 403 when the token's role may not do this. */
@Singleton
@Produces(uk.homecare.portal.api.problem.Problem.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return Problems.response(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, Problems.message("problem.forbidden.detail"), List.of());
        }
        return Problems.response(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, Problems.message("problem.unauthorized.detail"), List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
