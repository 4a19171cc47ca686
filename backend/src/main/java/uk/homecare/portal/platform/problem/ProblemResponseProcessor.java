package uk.homecare.portal.platform.problem;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;

/** Turns every error Micronaut itself reports (404 route, 405, 413, bad JSON, ...) into a problem. */
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldError> errors = status == HttpStatus.BAD_REQUEST ? fieldErrors(context) : List.of();
        String detail = status.getCode() >= 500
                ? Problems.message("problem.server.detail")
                : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        var problem = Problems.response(status, Problems.typeFor(status), detail, errors).body();
        return ((MutableHttpResponse<Problem>) response).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /**
     * A body or parameter that is missing is named as the body or by the parameter's name, never by the
     * controller's argument ({@code /form}); any other error by its path without the leading slash.
     */
    private static List<FieldError> fieldErrors(ErrorContext context) {
        @Nullable Argument<?> missing = switch (context.getRootCause().orElse(null)) {
            case UnsatisfiedArgumentException unsatisfied -> unsatisfied.getArgument();
            case UnsatisfiedRouteException unsatisfied -> unsatisfied.getArgument();
            case null, default -> null;
        };
        if (missing != null) {
            return List.of(BodyBindingProblemHandler.isBody(missing)
                    ? new FieldError("body", Problems.message("problem.body.missing"))
                    : new FieldError(missing.getName(), Problems.message("problem.parameter.missing")));
        }
        return context.getErrors().stream().filter(e -> e.getPath().isPresent()).map(ProblemResponseProcessor::fieldError).toList();
    }

    private static FieldError fieldError(Error error) {
        String path = error.getPath().orElseThrow();
        return new FieldError(path.startsWith("/") ? path.substring(1) : path, error.getMessage());
    }
}
