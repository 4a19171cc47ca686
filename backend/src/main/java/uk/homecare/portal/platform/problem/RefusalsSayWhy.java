package uk.homecare.portal.platform.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import uk.homecare.portal.api.problem.Problem;

/**
 * Every refusal carries a problem, also those the framework writes with no body at all: Micronaut's CORS
 * filter refuses a page of another site with a bare 403. Runs just inside the outermost filters, so the
 * security headers and, under /fhir, the OperationOutcome form still apply to what it writes.
 */
@ServerFilter("/**")
final class RefusalsSayWhy implements Ordered {

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void explain(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        String detail = status == HttpStatus.FORBIDDEN && request.getHeaders().contains(HttpHeaders.ORIGIN)
                ? Problems.message("problem.cross-origin.detail")
                : null;
        Problem problem = Problems.response(status, Problems.typeFor(status), detail, List.of()).body();
        ((MutableHttpResponse<Object>) response).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
