package uk.homecare.portal.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;

class ProblemReaderTest {

    private static ApplicationContext context;
    private static ProblemReader reader;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("ui.enabled", "false"));
        reader = context.getBean(ProblemReader.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void a_problem_body_is_read_as_it_came() {
        var problem = new Problem("about:blank", "Invalid input", 400, null, List.of(new Problem.FieldError("name", "must not be blank")));
        var e = new HttpClientResponseException("Bad Request", HttpResponse.badRequest(problem));
        assertThat(reader.read(e)).isEqualTo(problem);
    }

    @Test
    void a_problem_json_text_body_is_parsed() {
        String json = """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"The zone changed"}""";
        var response = HttpResponse.status(HttpStatus.CONFLICT).contentType(MediaType.of(Problem.MEDIA_TYPE)).body(json);
        Problem problem = reader.read(new HttpClientResponseException("Conflict", response));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).isEqualTo("The zone changed");
    }

    @Test
    void an_answer_without_a_body_still_gives_a_problem_from_its_status() {
        Problem problem = reader.read(new HttpClientResponseException("Forbidden", HttpResponse.status(HttpStatus.FORBIDDEN)));
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("Forbidden");
    }
}
