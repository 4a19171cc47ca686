package uk.homecare.portal.chc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The published spec says what placing a CHC package answers: 201 Created, where it is, and whether it is a replay. */
class PlacementAnswerInTheSpecTest {

    @Test
    @SuppressWarnings("unchecked")
    void placing_a_chc_package_is_documented_as_201_created_with_its_location_not_200() throws IOException {
        Map<String, Object> spec;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "openapi", "homecare-portal.yml"))) {
            spec = new Yaml().load(reader);
        }
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/chc/packages")).get("post");
        Map<String, Object> responses = (Map<String, Object>) post.get("responses");

        assertThat(responses).containsKey("201").doesNotContainKey("200");
        assertThat((Map<String, Object>) ((Map<String, Object>) responses.get("201")).get("headers"))
                .containsKeys("Location", ChcPartnerController.REPLAYED);
    }
}
