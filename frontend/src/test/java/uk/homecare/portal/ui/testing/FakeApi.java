package uk.homecare.portal.ui.testing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.problem.Problem;

/**
 * What every in-memory API fake does: remembers the last form it was sent and the authorization
 * header, and can be told to fail the next call with a status and problem.
 */
public abstract class FakeApi {

    public Object lastForm;
    public String lastAuthorization;
    private HttpClientResponseException failNext;

    public void failNext(HttpStatus status, Problem problem) {
        failNext = new HttpClientResponseException(
                status.getReason(), problem == null ? HttpResponse.status(status) : HttpResponse.status(status).body(problem));
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
