package uk.homecare.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's Java sources, every module's main and test, for tests that scan them. */
public final class SourceTree {

    private static final List<String> MODULES = List.of("contract", "frontend", "backend", "app");

    private SourceTree() {}

    /** The repository around the module the tests run in. */
    public static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : MODULES) {
            if (!Files.isDirectory(root.resolve(module).resolve("src"))) {
                throw new IllegalStateException("No module " + module + " in " + root);
            }
        }
        return root;
    }

    /** Every {@code src/main/java} and {@code src/test/java} folder of every module. */
    public static List<Path> javaFolders() {
        Path root = root();
        try (Stream<Path> modules = Files.list(root)) {
            return modules.sorted()
                    .flatMap(module -> Stream.of(module.resolve("src/main/java"), module.resolve("src/test/java")))
                    .filter(Files::isDirectory)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> javaFiles() {
        return javaFolders().stream().flatMap(SourceTree::javaFilesIn).toList();
    }

    /** The path from the repository's root, with forward slashes. */
    public static String relative(Path source) {
        return root().relativize(source).toString().replace('\\', '/');
    }

    private static Stream<Path> javaFilesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
