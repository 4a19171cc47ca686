package uk.homecare.portal.equality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The person's characteristics never reach anything a provider sees: the only code that reads or writes
 * {@code equality_profile} is this package (whose every operation is for commissioners only, as the endpoint sweep proves
 * with a 403 for every other role) and the demo's seeding. No other package's SQL mentions the table.
 */
class NoProviderReadsEqualityAnswersTest {

    @Test
    void only_the_equality_package_and_the_demo_seed_mention_the_answers_table() throws IOException {
        Path sources = Path.of("src", "main", "java", "uk", "homecare", "portal");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> mentioning = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("equality_profile"))
                    .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                    .toList();
            assertThat(mentioning).isNotEmpty().allSatisfy(file -> assertThat(file).matches("(equality/.*|demo/DemoEquality\\.java)"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
