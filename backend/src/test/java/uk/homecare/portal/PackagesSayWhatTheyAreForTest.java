package uk.homecare.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.SourceTree;

/**
 * Every package of every module, main and test, has a {@code package-info.java} whose Javadoc says in a
 * sentence what the package is for, and which declares it {@code @NullMarked} (JSpecify): a scan of the sources.
 */
class PackagesSayWhatTheyAreForTest {

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern NULL_MARKED = Pattern.compile("@(org\\.jspecify\\.annotations\\.)?NullMarked\\b");
    private static final Pattern NULL_MARKED_IMPORT = Pattern.compile("import\\s+org\\.jspecify\\.annotations\\.NullMarked\\s*;");

    @Test
    void every_package_has_a_package_info_that_says_what_it_is_for_and_declares_it_null_marked() {
        List<String> faults = new ArrayList<>();
        for (Path folder : SourceTree.javaFolders()) {
            for (Path pkg : packagesIn(folder)) {
                Path info = pkg.resolve("package-info.java");
                if (!Files.exists(info)) {
                    faults.add(SourceTree.relative(pkg) + ": no package-info.java");
                } else {
                    fault(read(info)).ifPresent(fault -> faults.add(SourceTree.relative(info) + ": " + fault));
                }
            }
        }
        assertThat(SourceTree.javaFolders()).as("main and test sources of every module").hasSizeGreaterThanOrEqualTo(7);
        assertThat(faults).isEmpty();
    }

    @Test
    void the_scan_finds_a_package_info_without_a_sentence_or_without_null_marked() {
        String imported = "\n\nimport org.jspecify.annotations.NullMarked;\n";

        assertThat(fault("/** What it is for. */\n@NullMarked\npackage uk.example;" + imported)).isEmpty();
        assertThat(fault("/** What it is for. */\n@org.jspecify.annotations.NullMarked\npackage uk.example;\n")).isEmpty();
        assertThat(faultIn("@NullMarked\npackage uk.example;" + imported)).startsWith("no Javadoc sentence");
        assertThat(faultIn("/** */\n@NullMarked\npackage uk.example;" + imported)).startsWith("no Javadoc sentence");
        assertThat(faultIn("/** What it is for. */\npackage uk.example;\n")).startsWith("not @NullMarked");
        assertThat(faultIn("/** What it is for. */\n// @NullMarked\npackage uk.example;\n")).startsWith("not @NullMarked");
        assertThat(faultIn("/** What it is for, and why {@code @NullMarked}. */\npackage uk.example;\n")).startsWith("not @NullMarked");
        assertThat(faultIn("/** What it is for. */\n@NullMarked\npackage uk.example;\n\nimport io.micronaut.core.annotation.NullMarked;\n"))
                .startsWith("not @NullMarked");
    }

    private static String faultIn(String packageInfo) {
        return fault(packageInfo).orElse("nothing");
    }

    /** What is wrong with a package-info's text, if anything. */
    private static Optional<String> fault(String packageInfo) {
        int declaration = packageDeclaration(packageInfo);
        String head = packageInfo.substring(0, declaration);
        if (!hasSentence(head)) {
            return Optional.of("no Javadoc sentence saying what the package is for");
        }
        boolean annotated = NULL_MARKED.matcher(COMMENT.matcher(head).replaceAll(" ")).find();
        boolean jspecify = packageInfo.contains("@org.jspecify.annotations.NullMarked") || NULL_MARKED_IMPORT.matcher(packageInfo).find();
        return annotated && jspecify ? Optional.empty() : Optional.of("not @NullMarked (org.jspecify.annotations.NullMarked)");
    }

    private static boolean hasSentence(String head) {
        Matcher javadoc = JAVADOC.matcher(head);
        if (!javadoc.find()) {
            return false;
        }
        String text = javadoc.group(1).replaceAll("(?m)^\\s*\\*", " ").strip();
        return text.matches("(?s).*\\p{L}.*") && text.endsWith(".");
    }

    private static int packageDeclaration(String packageInfo) {
        Matcher declaration = Pattern.compile("(?m)^package\\s").matcher(packageInfo);
        return declaration.find() ? declaration.start() : packageInfo.length();
    }

    /** The folders under a source root that hold Java classes (not only a package-info). */
    private static List<Path> packagesIn(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isDirectory).filter(PackagesSayWhatTheyAreForTest::holdsClasses).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsClasses(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
