package uk.homecare.portal.platform;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.account.ResetRequest;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.LoggedLines;
import uk.homecare.portal.testing.PortalTest;

/**
 * Drives the requests that fail, on bad input and on a database fault, each carrying a marker as a
 * person's text would, and reads every log line written meanwhile: message, arguments and the whole
 * chain of any exception.
 */
@MicronautTest(transactional = false)
class NothingPeopleWriteReachesTheLogTest extends PortalTest {

    private static final String MARKER = "Mrs-Quigley-of-7-Elm-Row";
    private static final String COMMISSIONER = "commissioner@coventry.demo";

    private final LoggedLines log = new LoggedLines();

    @BeforeEach
    void listen() {
        log.listen();
    }

    @AfterEach
    void stopListening() {
        log.stop();
        execute("drop trigger if exists refuse_marker on zone");
    }

    @Test
    void a_database_fault_that_quotes_the_text_it_refused_is_logged_without_it() {
        execute("""
                create or replace function refuse_marker() returns trigger language plpgsql as $$
                begin raise exception 'cannot store %', new.name using detail = 'row: ' || new.name, hint = new.name; end $$""");
        execute("create trigger refuse_marker before insert on zone for each row execute function refuse_marker()");

        var refusal = api().refusal(api().as(COMMISSIONER, POST("/api/zones",
                Map.of("code", "QUIGLEY", "name", MARKER, "kind", "URBAN"))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(500);
        assertThat(refusal.getResponse().getBody(String.class).orElseThrow()).doesNotContain(MARKER, "cannot store");
        assertThat(errorsLogged()).as("the fault is still logged").isNotEmpty();
        assertThat(everythingLogged()).doesNotContain(MARKER);
    }

    @Test
    void refused_input_is_not_logged() {
        List.of(
                "{\"code\":\"Q1\",\"name\":\"" + MARKER + "\\ud800\",\"kind\":\"URBAN\"}",
                "{\"code\":\"Q2\",\"name\":\"" + MARKER + "\",\"kind\":\"" + MARKER + "\"}",
                "{\"code\":\"Q3\",\"" + MARKER + "\":1,\"name\":\"x\",\"kind\":\"URBAN\"}",
                "{\"code\":" + "\"" + MARKER + "\", \"name\": [\"" + MARKER + "\"],\"kind\":\"URBAN\"}",
                "{\"code\":\"Q4\",\"name\":\"" + MARKER + "\" \"kind\"")
                .forEach(body -> api().refusal(api().as(COMMISSIONER, POST("/api/zones", body).contentType(MediaType.APPLICATION_JSON))));

        assertThat(everythingLogged()).doesNotContain(MARKER);
    }

    @Test
    void signing_in_and_asking_for_a_reset_with_someone_s_address_are_not_logged() {
        api().refusal(POST("/login", new Credentials(MARKER + "@example.org", "not-the-password-" + MARKER)));
        api().refusal(POST("/login", new Credentials("person@coventry.demo", "not-the-password-" + MARKER)));
        api().exchange(POST("/api/password-resets", new ResetRequest(MARKER + "@example.org")), String.class);
        api().refusal(POST("/oauth/token", Map.of("grant_type", "client_credentials", "client_id", MARKER, "client_secret", MARKER))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));

        assertThat(everythingLogged()).doesNotContain(MARKER).doesNotContain("person@coventry.demo")
                .doesNotContain(Api.DEMO_PASSWORD);
    }

    private List<ILoggingEvent> errorsLogged() {
        return log.problems();
    }

    private String everythingLogged() {
        return log.text();
    }
}
