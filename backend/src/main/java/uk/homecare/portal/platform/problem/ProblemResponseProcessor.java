package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
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
        List<FieldError> errors = status == HttpStatus.BAD_REQUEST
                ? context.getErrors().stream().filter(e -> e.getPath().isPresent()).map(ProblemResponseProcessor::fieldError).toList()
                : List.of();
        String detail = status.getCode() >= 500 ? Problems.message("problem.server.detail")
                : oversized.isPresent() ? Problems.message("problem.oversized.detail." + status.getCode())
                : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        var problem = Problems.response(status, Problems.typeFor(status), detail, errors).body();
        return ((MutableHttpResponse<Problem>) response).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static FieldError fieldError(Error error) {
        return new FieldError(error.getPath().orElseThrow(), error.getMessage());
    }
}
