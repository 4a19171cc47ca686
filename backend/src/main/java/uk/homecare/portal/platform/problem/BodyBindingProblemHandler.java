package uk.homecare.portal.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.homecare.portal.api.problem.Problem.FieldError;

/**
 * A body that cannot be read into its record: names the JSON field at fault (unknown, wrong type,
 * unreadable value) or, when the JSON itself is broken, the body. A path or query parameter that
 * cannot be read (a page that is not a number, an id that is not a UUID) is named itself.
 */
@Singleton
@Produces(uk.homecare.portal.api.problem.Problem.MEDIA_TYPE)
@Replaces(ConversionErrorHandler.class)
final class BodyBindingProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)]");
    /** A named step ({@code ["name"]}) or an index ({@code [0]}) of the reader's path. */
    private static final Pattern PATH_ELEMENT = Pattern.compile("\\[\"([^\"]+)\"]|\\[(\\d+)]");

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        return Problems.invalidInput(List.of(fieldErrorOf(exception)));
    }

    static FieldError fieldErrorOf(ConversionErrorException exception) {
        Argument<?> argument = exception.getArgument();
        if (argument != null && !isBody(argument)) {
            return new FieldError(argument.getName(), Problems.message("problem.parameter.wrong-type"));
        }
        for (Throwable cause = exception.getConversionError().getCause(); cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
            if (unknown.find()) {
                return new FieldError(unknown.group(1), Problems.message("problem.body.unknown-field"));
            }
            if (cause instanceof InvalidPropertyFormatException invalid) {
                return new FieldError(invalid.getArgument().getName(), Problems.message("problem.body.wrong-type"));
            }
            if (cause instanceof SerdeException serde) {
                String field = fullPath(serde.getPathAsString());
                if (field != null) {
                    return new FieldError(field, Problems.message("problem.body.wrong-type"));
                }
            }
        }
        return new FieldError("body", Problems.message("problem.body.unreadable"));
    }

    /** A request body is bound to a record; path and query parameters are single values (ids, numbers, dates). */
    static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class) || argument.getType().isRecord();
    }

    /** The field's whole path in the body, such as {@code visitPattern.timesOfDay[0]}, from the reader's own path. */
    static String fullPath(String path) {
        Matcher element = PATH_ELEMENT.matcher(path == null ? "" : path);
        StringBuilder field = new StringBuilder();
        while (element.find()) {
            if (element.group(1) != null) {
                field.append(field.isEmpty() ? "" : ".").append(element.group(1));
            } else {
                field.append('[').append(element.group(2)).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }
}
