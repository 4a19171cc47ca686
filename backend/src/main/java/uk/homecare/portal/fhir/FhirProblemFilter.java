package uk.homecare.portal.fhir;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;

/**
 * Refusals the framework writes before a FHIR controller runs (no token, a role that may not call it,
 * an unknown address, an unsupported media type) come out of the portal's handlers as problem+json;
 * under /fhir they leave as OperationOutcome resources instead.
 */
@ServerFilter("/fhir/**")
final class FhirProblemFilter implements Ordered {

    private final FhirResponses responses;

    FhirProblemFilter(FhirResponses responses) {
        this.responses = responses;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void asOperationOutcome(MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof Problem problem) {
            FhirRefusal refusal = OperationOutcomes.refusal(response.getStatus(), ProblemType.of(problem.type()).orElse(null), problem.detail(),
                    problem.errors());
            MutableHttpResponse<String> outcome = responses.refusal(refusal);
            response.contentType(Fhir.JSON);
            ((MutableHttpResponse<Object>) response).body(outcome.body());
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
