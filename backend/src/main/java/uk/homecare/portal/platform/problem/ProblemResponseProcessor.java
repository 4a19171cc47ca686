package uk.homecare.portal.platform.problem;

import io.micronaut.core.bind.annotation.Bindable;
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
import java.util.Optional;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;

/** Turns every error Micronaut itself reports (404 route, 405, 413, bad JSON, ...) into a problem. */
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        var oversized = OversizedRequests.statusFor(context.getRequest());
        HttpStatus status = oversized.orElse(response.getStatus());
        response.status(status);
        Optional<Argument<?>> missing = missingArgument(context);
        if (status == HttpStatus.BAD_REQUEST && missing.isPresent()) {
            return ((MutableHttpResponse<Problem>) response).contentType(Problem.MEDIA_TYPE)
                    .body(Problems.invalidInput(List.of(missingField(missing.get()))).body());
        }
        List<FieldError> errors = status == HttpStatus.BAD_REQUEST
                ? context.getErrors().stream().filter(e -> e.getPath().isPresent()).map(ProblemResponseProcessor::fieldError).toList()
                : List.of();
        String detail = status.getCode() >= 500 ? Problems.message("problem.server.detail")
                : oversized.isPresent() ? Problems.message("problem.oversized.detail." + status.getCode())
                : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        var problem = Problems.response(status, Problems.typeFor(status), detail, errors).body();
        return ((MutableHttpResponse<Problem>) response).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** The body or parameter a request left out, which Micronaut names by its Java name ({@code /form}). */
    private static Optional<Argument<?>> missingArgument(ErrorContext context) {
        return context.getRootCause().map(cause -> cause instanceof UnsatisfiedArgumentException unsatisfied ? unsatisfied.getArgument()
                : cause instanceof UnsatisfiedRouteException route ? route.getArgument() : null);
    }

    /** The missing body as {@code body}, a missing parameter by the name it has on the wire (a header's, a query value's). */
    private static FieldError missingField(Argument<?> argument) {
        if (BodyBindingProblemHandler.isBody(argument)) {
            return new FieldError("body", Problems.message("problem.body.missing"));
        }
        String name = argument.getAnnotationMetadata().stringValue(Bindable.class).filter(value -> !value.isBlank()).orElse(argument.getName());
        return new FieldError(name, Problems.message("problem.parameter.missing"));
    }

    private static FieldError fieldError(Error error) {
        String path = error.getPath().orElseThrow();
        return new FieldError(path.startsWith("/") ? path.substring(1) : path, error.getMessage());
    }
}
