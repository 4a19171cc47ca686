package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
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

    /** {@code security: []}: nothing needed. An empty alternative ({@code [{}]}) reads to some tools as "a bearer token, or nothing". */
    @Test
    void signing_in_and_the_other_operations_anyone_may_call_need_no_security_at_all() {
        var operations = PublishedSpec.read().operations();

        assertThat(operations).filteredOn(op -> op.path().equals("/login") || op.path().equals("/oauth/token"))
                .hasSize(2).allSatisfy(op -> assertThat(op.security()).as(op.key()).isEmpty());
        assertThat(operations).filteredOn(PublishedSpec.Operation::needsNoToken)
                .allSatisfy(op -> assertThat(op.security()).as(op.key()).isEmpty());
    }

    /**
     * Read as YAML 1.1 (PyYAML, SnakeYAML and the tools built on them), a string schema's example and enum values
     * are still strings: an unquoted {@code 10:30:00} is the integer 37800 there, {@code no} is false. Dates and
     * date-times read as timestamps there, which such tools expect of {@code format: date} and {@code date-time}.
     */
    @Test
    void every_example_and_enum_value_of_a_string_reads_as_a_string_in_yaml_1_1() throws IOException {
        List<String> misread = new ArrayList<>();
        stringValues(new Yaml().load(Files.readString(PUBLISHED)), "", misread);

        assertThat(misread).isEmpty();
    }

    private static void stringValues(Object node, String where, List<String> misread) {
        if (node instanceof Map<?, ?> map) {
            if ("string".equals(map.get("type"))) {
                List<Object> values = new ArrayList<>();
                if (map.containsKey("example")) {
                    values.add(map.get("example"));
                }
                if (map.get("enum") instanceof List<?> allowed) {
                    values.addAll(allowed);
                }
                values.stream().filter(value -> value != null && !(value instanceof String) && !(value instanceof Date))
                        .forEach(value -> misread.add(where + ": " + value + " reads as " + value.getClass().getSimpleName()));
            }
            map.forEach((key, value) -> stringValues(value, where + "/" + key, misread));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                stringValues(list.get(i), where + "/" + i, misread);
            }
        }
    }
}
