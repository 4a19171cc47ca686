package uk.homecare.portal.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.problem.Problem.FieldError;

/** JSON that does not parse at all. */
@Singleton
@Produces(uk.homecare.portal.api.problem.Problem.MEDIA_TYPE)
@Replaces(JsonExceptionHandler.class)
final class JsonSyntaxProblemHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
        return Problems.invalidInput(List.of(new FieldError("body", Problems.message("problem.body.unreadable"))));
    }
}
