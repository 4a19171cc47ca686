package uk.homecare.portal.fhir;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import uk.homecare.portal.api.problem.Problem.Choice;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * Refusals as OperationOutcome resources: the portal's problems (status, type, detail, field errors)
 * turned into issues whose expression is the FHIRPath of the element the field came from.
 */
final class OperationOutcomes {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The portal's field names (of ChcPackageForm) and the elements of the ServiceRequest they are read from. */
    private static final Map<String, String> EXPRESSIONS = Map.ofEntries(
            Map.entry("person.nhsNumber", "Patient.identifier"),
            Map.entry("person.givenName", "Patient.name.given"),
            Map.entry("person.familyName", "Patient.name.family"),
            Map.entry("person.dateOfBirth", "Patient.birthDate"),
            Map.entry("person.addressLine", "Patient.address.line"),
            Map.entry("person.postcode", "Patient.address.postalCode"),
            Map.entry("person", "ServiceRequest.subject"),
            Map.entry("councilId", "ServiceRequest.performer"),
            Map.entry("zoneId", "ServiceRequest.locationCode"),
            Map.entry("lotId", "ServiceRequest.category"),
            Map.entry("serviceCategory", "ServiceRequest.category"),
            Map.entry("weeklyMinutes", "ServiceRequest.quantity"),
            Map.entry("visitPattern.visitsPerDay", "ServiceRequest.occurrence.repeat.frequency"),
            Map.entry("visitPattern.visitMinutes", "ServiceRequest.occurrence.repeat.duration"),
            Map.entry("visitPattern.timesOfDay", "ServiceRequest.occurrence.repeat.when"),
            Map.entry("visitPattern.outOfHours", "ServiceRequest.extension('" + Fhir.OUT_OF_HOURS + "')"),
            Map.entry("visitPattern.doubleHanded", "ServiceRequest.extension('" + Fhir.DOUBLE_HANDED + "')"),
            Map.entry("visitPattern", "ServiceRequest.occurrence"),
            Map.entry("startDate", "ServiceRequest.occurrence.repeat.bounds.start"),
            Map.entry("clinicalNeedsSummary", "ServiceRequest.note"),
            Map.entry("partnerReference", "ServiceRequest.identifier"));

    private OperationOutcomes() {}

    static OperationOutcome of(List<FhirIssue> issues) {
        return of(issues, null);
    }

    static OperationOutcome of(List<FhirIssue> issues, @Nullable ProblemType problemType) {
        return of(issues, problemType, List.of());
    }

    /** With choices (the lots to name when the lot is not settled), each a coding of the issues' details in the lot system. */
    static OperationOutcome of(List<FhirIssue> issues, @Nullable ProblemType problemType, List<Choice> choices) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(issue.code())
                    .setDiagnostics(issue.diagnostics());
            if (problemType != null) {
                component.setDetails(new CodeableConcept(new Coding(Fhir.PROBLEM_TYPE, problemType.code(), null)));
            }
            for (Choice choice : choices) {
                component.getDetails().addCoding(new Coding(Fhir.LOT, choice.id().toString(), choice.name()));
            }
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
            if (issue.location() != null) {
                component.addLocation(issue.location());
            }
        }
        return outcome;
    }

    static FhirRefusal refusal(PortalProblem problem) {
        FhirRefusal refusal = refusal(problem.status(), problem.type(), problem.getMessage(), problem.errors());
        return problem.choices().isEmpty() ? refusal
                : new FhirRefusal(refusal.status(), refusal.issues(), refusal.problemType(), problem.choices());
    }

    /** A portal problem (from the CHC service, or a problem+json the framework wrote) as a FHIR refusal. */
    static FhirRefusal refusal(HttpStatus status, @Nullable ProblemType problemType, @Nullable String detail, @Nullable List<FieldError> errors) {
        String words = detail != null ? detail : status.getReason();
        List<FhirIssue> issues = errors == null || errors.isEmpty()
                ? List.of(new FhirIssue(codeFor(status), words, null, null))
                : errors.stream().map(error -> issueFor(error, status)).toList();
        return new FhirRefusal(status, issues, problemType);
    }

    private static FhirIssue issueFor(FieldError error, HttpStatus status) {
        if (IDEMPOTENCY_KEY.equalsIgnoreCase(error.field())) {
            return new FhirIssue(IssueType.REQUIRED, error.message(), null, "http." + IDEMPOTENCY_KEY);
        }
        String expression = expressionFor(error.field());
        // A field well formed but not acceptable here (422), e.g. a lot to choose or a request identifier used before: a business rule.
        IssueType code = status == HttpStatus.UNPROCESSABLE_ENTITY ? IssueType.BUSINESSRULE : IssueType.VALUE;
        return new FhirIssue(code, expression == null ? error.field() + ": " + error.message() : error.message(), expression, null);
    }

    /** The FHIRPath for a field of the placement form, or its nearest enclosing field's; null when none fits. */
    @Nullable
    static String expressionFor(String field) {
        String name = field.replaceAll("\\[\\d+]", "");
        while (true) {
            String expression = EXPRESSIONS.get(name);
            if (expression != null || !name.contains(".")) {
                return expression;
            }
            name = name.substring(0, name.lastIndexOf('.'));
        }
    }

    static IssueType codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> IssueType.INVALID;
            case UNAUTHORIZED -> IssueType.LOGIN;
            case FORBIDDEN -> IssueType.FORBIDDEN;
            case NOT_FOUND, GONE -> IssueType.NOTFOUND;
            case CONFLICT -> IssueType.CONFLICT;
            case UNPROCESSABLE_ENTITY -> IssueType.BUSINESSRULE;
            case TOO_MANY_REQUESTS -> IssueType.THROTTLED;
            case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> IssueType.NOTSUPPORTED;
            case REQUEST_ENTITY_TOO_LARGE -> IssueType.TOOCOSTLY;
            default -> status.getCode() >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
