package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;

/** How a refusal looks to the UI: the status, the problem's type and, for invalid input, the fields named. */
final class Refusals {

    private Refusals() {}

    /** The problem {@code call} is refused with, after checking its status and type (and the fields at fault, if any are given). */
    static Problem refused(ThrowingCallable call, HttpStatus status, ProblemType type, String... fields) {
        HttpClientResponseException refusal = catchThrowableOfType(HttpClientResponseException.class, call);
        assertThat((Object) refusal).as("a refusal with %s", status).isNotNull();
        assertThat(refusal.getStatus().getCode()).as("status").isEqualTo(status.getCode());
        Problem problem = refusal.getResponse().getBody(Problem.class)
                .orElseThrow(() -> new AssertionError("no problem in the refusal with " + refusal.getStatus()));
        assertThat(problem.type()).isEqualTo(type.urn());
        assertThat(problem.status()).isEqualTo(status.getCode());
        if (fields.length > 0) {
            assertThat(problem.errors()).isNotNull();
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(fields);
        }
        return problem;
    }
}
