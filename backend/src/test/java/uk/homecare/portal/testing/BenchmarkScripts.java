package uk.homecare.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a pgbench script under {@code bench/sql} and says its statements as the portal's JDBC code would write
 * them: pgbench's variables ({@code :person}) and the portal's placeholders ({@code ?}) both become {@code ?}, so
 * the two can be compared statement for statement. {@code bench/hours_sql_check.py} does the same with
 * PostgreSQL's log when the benchmark runs.
 */
public final class BenchmarkScripts {

    private BenchmarkScripts() {}

    /** The statements between the script's {@code BEGIN;} and {@code COMMIT;}, normalised. */
    public static List<String> transaction(String script) throws IOException {
        List<String> statements = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(SourceTree.root().resolve("bench/sql").resolve(script))) {
            String text = line.strip();
            if (text.equalsIgnoreCase("BEGIN;")) {
                inside = true;
                statements.add("begin");
            } else if (text.equalsIgnoreCase("COMMIT;")) {
                statements.add("commit");
                return statements;
            } else if (inside && !text.isEmpty() && !text.startsWith("--") && !text.startsWith("\\")) {
                statements.add(normalise(text.replaceFirst("\\s\\\\gset(\\s+\\w+)?\\s*$", "")));
            }
        }
        throw new IllegalStateException("bench/sql/" + script + " has no BEGIN; ... COMMIT; transaction");
    }

    /** The script's statements that are not the tenancy settings around them, normalised. */
    public static List<String> statements(String script) throws IOException {
        return Files.readAllLines(SourceTree.root().resolve("bench/sql").resolve(script)).stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty() && !text.startsWith("--") && !text.startsWith("\\"))
                .filter(text -> !text.startsWith("select set_config("))
                .map(BenchmarkScripts::normalise)
                .toList();
    }

    /** Lower case, one space between words, no final semicolon, and every parameter (and null) a {@code ?}. */
    public static String normalise(String statement) {
        String s = String.join(" ", statement.strip().split("\\s+")).toLowerCase(Locale.ROOT);
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = s.replaceAll("(?<!:):[a-z_][a-z0-9_]*", "?");
        s = s.replaceAll("\\$\\d+", "?");
        // pgbench sends a null it has no variable for as the word; the portal binds it as a parameter.
        s = s.replaceAll("\\bnull\\b", "?");
        // pgbench's parameters are untyped text: where the portal binds an integer, the script casts.
        return s.replace("?::integer", "?");
    }
}
