package uk.homecare.portal.fhir;

import io.micronaut.core.annotation.Nullable;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One thing wrong with a request, as an OperationOutcome issue: its code, words a developer can act on,
 * the FHIRPath of the element at fault ({@code Patient.*} paths are the ServiceRequest's contained
 * Patient), and for an HTTP header its location ({@code http.Idempotency-Key}).
 */
record FhirIssue(IssueType code, String diagnostics, @Nullable String expression, @Nullable String location) {

    static FhirIssue at(String expression, IssueType code, String diagnostics) {
        return new FhirIssue(code, diagnostics, expression, null);
    }

    static FhirIssue required(String expression, String diagnostics) {
        return at(expression, IssueType.REQUIRED, diagnostics);
    }

    static FhirIssue value(String expression, String diagnostics) {
        return at(expression, IssueType.VALUE, diagnostics);
    }
}
