package uk.homecare.portal.ui.chc;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.homecare.portal.api.problem.Problem;

/**
 * The API's field errors on a list it was sent, by row. A path names the row by its index wherever
 * the validator puts it ({@code district[1]}, {@code map[1].district}); the field is the last name
 * in the path. An error with no index (a zone the council does not have) belongs to no row.
 */
final class RowErrors {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private RowErrors() {}

    /** The errors about row {@code row}, each named by its field alone, as the row's binder names it. */
    static Problem of(Problem problem, int row) {
        List<Problem.FieldError> errors = errors(problem).stream()
                .filter(error -> index(error.field()) == row)
                .map(error -> new Problem.FieldError(field(error.field()), error.message()))
                .toList();
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), errors);
    }

    /** The errors that name no row of the {@code rows} sent. */
    static List<Problem.FieldError> ofNoRow(Problem problem, int rows) {
        return errors(problem).stream()
                .filter(error -> index(error.field()) < 0 || index(error.field()) >= rows)
                .toList();
    }

    private static List<Problem.FieldError> errors(Problem problem) {
        return problem.errors() == null ? List.of() : problem.errors();
    }

    static int index(String path) {
        if (path == null) {
            return -1;
        }
        Matcher matcher = INDEX.matcher(path);
        int index = -1;
        while (matcher.find()) {
            index = Integer.parseInt(matcher.group(1));
        }
        return index;
    }

    static String field(String path) {
        String plain = INDEX.matcher(path).replaceAll("");
        return plain.substring(plain.lastIndexOf('.') + 1);
    }
}
