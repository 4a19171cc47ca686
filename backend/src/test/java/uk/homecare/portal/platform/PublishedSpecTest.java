package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.ProblemType;

/**
 * The spec in {@code openapi/} is what the build generates from the code. Run the build with
 * {@code -Dopenapi.update=true} (or {@code ./portal openapi}) to publish a changed API.
 */
class PublishedSpecTest {

    static final Path PUBLISHED = Path.of("..", "openapi", "homecare-portal.yml");

    @Test
    void the_published_spec_is_the_one_the_code_generates() throws IOException {
        String generated;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/homecare-portal.yml")) {
            assertThat(in).as("the build generates META-INF/swagger/homecare-portal.yml").isNotNull();
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(PUBLISHED.getParent());
            Files.writeString(PUBLISHED, generated);
        }
        assertThat(PUBLISHED).as("openapi/homecare-portal.yml is checked in").exists();
        assertThat(Files.readString(PUBLISHED))
                .as("openapi/homecare-portal.yml is stale: run ./portal openapi and commit it")
                .isEqualTo(generated);
    }

    /** The spec's problem examples are annotation constants, so they spell each type out: they must spell one that exists. */
    @Test
    void every_problem_type_the_spec_shows_is_a_problem_type() throws IOException {
        var types = Pattern.compile("urn:homecare-portal:problem:[\\w-]+").matcher(Files.readString(PUBLISHED)).results()
                .map(match -> match.group()).distinct().toList();

        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(ProblemType.of(type)).as(type).isPresent());
    }
}
