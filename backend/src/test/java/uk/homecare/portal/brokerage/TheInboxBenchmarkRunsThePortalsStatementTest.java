package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.testing.BenchmarkScripts;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.StatementRecorder;

/**
 * {@code bench/run inbox} measures {@code GET /api/offers} against pgbench running {@code bench/sql/inbox.pgbench};
 * this test keeps that script the portal's statement on every build, so a change to the inbox's SQL fails CI until
 * the benchmark follows.
 */
@MicronautTest(transactional = false)
class TheInboxBenchmarkRunsThePortalsStatementTest extends PortalTest {

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        return StatementRecorder.switchedOn(super.getProperties());
    }

    @Test
    void the_pgbench_script_sends_the_statement_of_the_offers_inbox_over_http() throws Exception {
        String token = api().tokenFor("provider@coventry.demo");
        recorder.drain();

        api().retrieve(GET("/api/offers").bearerAuth(token), Argument.listOf(Offer.class));

        List<String> sent = recorder.drain().stream()
                .flatMap(List::stream)
                .map(BenchmarkScripts::normalise)
                .filter(statement -> statement.contains(" from offer o ") && statement.endsWith("limit 500"))
                .toList();
        assertThat(sent).containsExactlyElementsOf(BenchmarkScripts.statements("inbox.pgbench"));
    }
}
