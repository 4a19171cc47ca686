package uk.homecare.portal.platform;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.RequestId;
import uk.homecare.portal.testing.LoggedLines;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class EveryRequestHasAnIdInItsLogAndAnswerTest extends PortalTest {

    private static final String COMMISSIONER = "commissioner@coventry.demo";

    private final LoggedLines log = new LoggedLines();

    @BeforeEach
    void listen() {
        log.listen();
    }

    @AfterEach
    void stopListening() {
        log.stop();
        execute("drop trigger if exists refuse_every_zone on zone");
    }

    @Test
    void the_id_the_caller_sends_comes_back_and_is_on_every_line_logged_while_it_was_served() {
        execute("""
                create or replace function refuse_every_zone() returns trigger language plpgsql as $$
                begin raise exception 'no zones today'; end $$""");
        execute("create trigger refuse_every_zone before insert on zone for each row execute function refuse_every_zone()");
        String id = "ui-" + UUID.randomUUID();

        var refusal = api().refusal(api().as(COMMISSIONER, POST("/api/zones", Map.of("code", "RQ1", "name", "Request ids", "kind", "URBAN"))
                .header(RequestId.HEADER, id)));

        assertThat(refusal.getStatus().getCode()).isEqualTo(500);
        assertThat(refusal.getResponse().getHeaders().get(RequestId.HEADER)).isEqualTo(id);
        assertThat(log.problems()).filteredOn(event -> event.getLevel() == Level.ERROR).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getMDCPropertyMap()).containsEntry(RequestId.LOG_KEY, id));
    }

    @Test
    void a_request_without_an_id_or_with_one_that_is_not_a_plain_token_gets_a_new_one() {
        var without = api().exchange(api().as(COMMISSIONER, GET("/api/me")), String.class);
        var odd = api().exchange(api().as(COMMISSIONER, GET("/api/me")).header(RequestId.HEADER, "<script>alert(1)</script>"), String.class);
        var again = api().exchange(api().as(COMMISSIONER, GET("/api/me")), String.class);

        assertThat(without.getHeaders().get(RequestId.HEADER)).matches("[0-9a-f-]{36}");
        assertThat(odd.getHeaders().get(RequestId.HEADER)).matches("[0-9a-f-]{36}");
        assertThat(again.getHeaders().get(RequestId.HEADER)).isNotEqualTo(without.getHeaders().get(RequestId.HEADER));
    }
}
