package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.RequestId;

/** The portal's own log configuration, with PORTAL_LOG_FORMAT set or not, writing one line with a request id. */
class OneSwitchMakesTheLogJsonTest {

    @Test
    void with_the_switch_each_line_is_a_json_object_with_the_request_id() throws Exception {
        String line = logOneLine("json");

        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("uk.homecare.portal.Example");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("Cascade moved 3 offers");
        assertThat(json.path("mdc").path(RequestId.LOG_KEY).asText()).isEqualTo("req-12345678");
    }

    @Test
    void without_it_lines_are_for_people_and_carry_the_request_id_too() throws Exception {
        String line = logOneLine(null);

        assertThat(line).contains("INFO", "[req-12345678]", "Cascade moved 3 offers").doesNotStartWith("{");
    }

    private static String logOneLine(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        if (format != null) {
            context.putProperty("PORTAL_LOG_FORMAT", format);
        }
        PrintStream console = System.out;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(OneSwitchMakesTheLogJsonTest.class.getResource("/logback.xml"));
            // A context of its own (not the one SLF4J is bound to) has an MDC of its own.
            context.getMDCAdapter().put(RequestId.LOG_KEY, "req-12345678");
            context.getLogger("uk.homecare.portal.Example").info("Cascade moved {} offers", 3);
        } finally {
            System.setOut(console);
            context.stop();
        }
        return written.toString(StandardCharsets.UTF_8).strip();
    }
}
