package uk.homecare.portal.ui.testing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;

/**
 * What every in-memory API fake does: remembers the last form it was sent and the authorization
 * header, and can be told to fail the next call with a status and problem. Where a fake refuses by
 * itself it refuses as the API does (status and problem type), which the app's contract test
 * ({@code uk.homecare.portal.fakes}) holds it to.
 */
public abstract class FakeApi {

    public Object lastForm;
    public String lastAuthorization;
    private HttpClientResponseException failNext;

    public void failNext(HttpStatus status, Problem problem) {
        failNext = new HttpClientResponseException(
                status.getReason(), problem == null ? HttpResponse.status(status) : HttpResponse.status(status).body(problem));
    }

    /** A refusal as the API gives it: the status, a problem of {@code type} and, for invalid input, the field at fault. */
    public static HttpClientResponseException refusal(HttpStatus status, ProblemType type, String detail, String... fields) {
        List<Problem.FieldError> errors = fields.length == 0 ? null
                : java.util.Arrays.stream(fields).map(field -> new Problem.FieldError(field, detail)).toList();
        var problem = new Problem(type.urn(), status.getReason(), status.getCode(), detail, errors);
        return new HttpClientResponseException(status.getReason(), HttpResponse.status(status).body(problem));
    }

    /** 400: the field's value is not valid. */
    public static HttpClientResponseException invalid(String field, String detail) {
        return refusal(HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, detail, field);
    }

    /** 409: the record is not in a state to do that now. */
    public static HttpClientResponseException conflict(String detail) {
        return refusal(HttpStatus.CONFLICT, ProblemType.CONFLICT, detail);
    }

    /** 403: the caller's role may not do that. */
    public static HttpClientResponseException forbidden() {
        return refusal(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "You may not do that.");
    }

    /** 404: there is no such record (for this caller). */
    public static HttpClientResponseException notFound() {
        return refusal(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "Not found.");
    }

    protected void forgetCalls() {
        lastForm = null;
        lastAuthorization = null;
        failNext = null;
    }

    protected void call(Bearer caller, Object form) {
        lastAuthorization = caller.header();
        if (form != null) {
            lastForm = form;
        }
        if (failNext != null) {
            var failure = failNext;
            failNext = null;
            throw failure;
        }
    }
}
