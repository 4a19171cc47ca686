package uk.homecare.portal.ui.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;

/**
 * Reads the problem an API error came with. The client may not decode {@code application/problem+json}
 * by itself, so the raw body is parsed when it did not; a body that is no problem at all still gives
 * one, from the status.
 */
@Singleton
public class ProblemReader {

    private final JsonMapper json;

    ProblemReader(JsonMapper json) {
        this.json = json;
    }

    public Problem read(HttpClientResponseException e) {
        HttpStatus status = e.getStatus();
        return decoded(e)
                .or(() -> parsed(e))
                .filter(problem -> problem.title() != null || problem.detail() != null || problem.errors() != null)
                .map(problem -> problem.status() == 0 ? withStatus(problem, status) : problem)
                .orElseGet(() -> new Problem(ProblemType.ABOUT_BLANK.urn(), status.getReason(), status.getCode(), null, null));
    }

    private static Optional<Problem> decoded(HttpClientResponseException e) {
        try {
            return e.getResponse().getBody(Problem.class);
        } catch (RuntimeException notDecodable) {
            return Optional.empty();
        }
    }

    private Optional<Problem> parsed(HttpClientResponseException e) {
        try {
            Optional<String> body = e.getResponse().getBody(String.class);
            if (body.isEmpty() || body.get().isBlank()) {
                return Optional.empty();
            }
            return Optional.ofNullable(json.readValue(body.get(), Problem.class));
        } catch (IOException | RuntimeException notAProblem) {
            return Optional.empty();
        }
    }

    private static Problem withStatus(Problem problem, HttpStatus status) {
        return new Problem(problem.type(), problem.title(), status.getCode(), problem.detail(), problem.errors());
    }
}
