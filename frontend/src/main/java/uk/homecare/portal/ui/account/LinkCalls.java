package uk.homecare.portal.ui.account;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.problem.ProblemReader;
import uk.homecare.portal.ui.problem.Problems;

/** Calls made without signing in (an e-mailed link's): a refusal goes to the view, an unreachable API is said so. */
@Singleton
class LinkCalls {

    private static final Logger LOG = LoggerFactory.getLogger(LinkCalls.class);

    private final ProblemReader reader;
    private final Problems problems;

    LinkCalls(ProblemReader reader, Problems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    <T> Optional<T> call(Supplier<T> call, Consumer<Problem> onProblem) {
        try {
            return Optional.ofNullable(call.get());
        } catch (HttpClientResponseException e) {
            onProblem.accept(reader.read(e));
        } catch (HttpClientException e) {
            LOG.warn("The API could not be reached", e);
            problems.showUnavailable();
        }
        return Optional.empty();
    }
}
