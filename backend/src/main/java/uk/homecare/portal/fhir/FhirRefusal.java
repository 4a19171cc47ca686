package uk.homecare.portal.fhir;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import uk.homecare.portal.api.problem.ProblemType;

/** A request the FHIR view refuses, with every issue found; answered as an OperationOutcome. */
final class FhirRefusal extends RuntimeException {

    private final HttpStatus status;
    private final List<FhirIssue> issues;
    private final @Nullable ProblemType problemType;

    FhirRefusal(HttpStatus status, List<FhirIssue> issues, @Nullable ProblemType problemType) {
        super(issues.isEmpty() ? status.getReason() : issues.getFirst().diagnostics(), null, false, false);
        this.status = status;
        this.issues = List.copyOf(issues);
        this.problemType = problemType;
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

    /** The portal's problem type (e.g. idempotency-key-reused) when the refusal came from the CHC service. */
    @Nullable
    ProblemType problemType() {
        return problemType;
    }
}
