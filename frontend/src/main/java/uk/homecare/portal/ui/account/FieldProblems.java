package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.FieldErrors;
import uk.homecare.portal.ui.problem.Problems;

/**
 * Puts a refusal's field errors next to the fields they name, and lists them in an error summary at the top of the
 * form; anything else goes to a notification.
 */
final class FieldProblems {

    private FieldProblems() {}

    static void show(Problem problem, Map<String, ? extends HasValidation> fields, Problems problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        List<Component> components = components(fields);
        ErrorSummary.clear(components);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            problems.show(problem);
            return;
        }
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        for (Problem.FieldError error : problem.errors()) {
            String name = error.field() == null ? "" : error.field().substring(error.field().lastIndexOf('.') + 1);
            HasValidation field = fields.get(name);
            if (field == null) {
                problems.showErrors(java.util.List.of(error));
                entries.add(new ErrorSummary.Entry(null, error.message(), error));
            } else {
                String message = FieldErrors.words(error, field);
                field.setErrorMessage(message);
                field.setInvalid(true);
                entries.add(new ErrorSummary.Entry(field, message, error));
            }
        }
        ErrorSummary.show(components, entries);
    }

    /** Takes away the error summary of a form that has now succeeded. */
    static void clear(Map<String, ? extends HasValidation> fields) {
        ErrorSummary.clear(components(fields));
    }

    private static List<Component> components(Map<String, ? extends HasValidation> fields) {
        return fields.values().stream().filter(Component.class::isInstance).map(Component.class::cast).distinct().toList();
    }
}
