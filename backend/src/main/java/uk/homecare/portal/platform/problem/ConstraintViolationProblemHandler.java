package uk.homecare.portal.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.homecare.portal.api.problem.Problem.FieldError;

/**
 * Names each invalid field by its path in the request body (for example {@code name}), not the method, and says
 * what is wrong in the request's language and the field's unit ({@link ConstraintWords}).
 */
@Singleton
@Produces(uk.homecare.portal.api.problem.Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> ConstraintWords.of(fieldOf(v), v))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problems.invalidInput(errors);
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> afterParameter = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                afterParameter.clear();
            } else if (parameter != null) {
                // A node inside a list carries the list's index: it belongs to the step before ("timesOfDay[0]",
                // or "[1]" when the body itself is the list). A list's element is no step of its own ("<list element>").
                if (node.getIndex() != null) {
                    int last = afterParameter.size() - 1;
                    String index = "[" + node.getIndex() + "]";
                    if (last >= 0) {
                        afterParameter.set(last, afterParameter.get(last) + index);
                    } else {
                        afterParameter.add(index);
                    }
                }
                if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                    afterParameter.add(node.getName());
                }
            }
        }
        if (afterParameter.isEmpty()) {
            return parameter != null ? parameter : violation.getPropertyPath().toString();
        }
        return String.join(".", afterParameter);
    }
}
