package uk.homecare.portal.fhir;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import uk.homecare.portal.api.problem.Problem.Choice;
import uk.homecare.portal.api.problem.ProblemType;

/** A request the FHIR view refuses, with every issue found; answered as an OperationOutcome. */
final class FhirRefusal extends RuntimeException {

    private final HttpStatus status;
    private final List<FhirIssue> issues;
    private final @Nullable ProblemType problemType;
    private final List<Choice> choices;

    FhirRefusal(HttpStatus status, List<FhirIssue> issues, @Nullable ProblemType problemType) {
        this(status, issues, problemType, List.of());
    }

    FhirRefusal(HttpStatus status, List<FhirIssue> issues, @Nullable ProblemType problemType, List<Choice> choices) {
        super(issues.isEmpty() ? status.getReason() : issues.getFirst().diagnostics(), null, false, false);
        this.status = status;
        this.issues = List.copyOf(issues);
        this.problemType = problemType;
        this.choices = List.copyOf(choices);
    }

    static FhirRefusal invalid(List<FhirIssue> issues) {
        return new FhirRefusal(HttpStatus.BAD_REQUEST, issues, ProblemType.INVALID_INPUT);
    }

    HttpStatus status() {
        return status;
    }

    List<FhirIssue> issues() {
        return issues;
    }

    /** The lots the request may name (ServiceRequest.category) when the refusal is that it must name one. */
    List<Choice> choices() {
        return choices;
    }

    /** The portal's problem type (e.g. idempotency-key-reused) when the refusal came from the CHC service. */
    @Nullable
    ProblemType problemType() {
        return problemType;
    }
}
