package uk.homecare.portal.ui.organisation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.FieldErrors;
import uk.homecare.portal.ui.problem.Problems;

/**
 * A form's fields by the name the API's form record gives them, so each error of a refusal is shown next to
 * its field (a path such as {@code form.odsCode} falls back to its last part) and in an error summary at the top
 * of the form; the rest as a notification.
 */
final class FormFields {

    private final Map<String, HasValidation> byName = new LinkedHashMap<>();
    private final Problems problems;

    FormFields(Problems problems) {
        this.problems = problems;
    }

    <F extends HasValidation> F add(String name, F field) {
        byName.put(name, field);
        return field;
    }

    /** Clears the fields' errors and the form's error summary. */
    void clear() {
        byName.values().forEach(field -> field.setInvalid(false));
        ErrorSummary.clear(components());
    }

    void show(Problem problem) {
        clear();
        List<Problem.FieldError> unplaced = new ArrayList<>();
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        for (Problem.FieldError error : problem.errors() == null ? List.<Problem.FieldError>of() : problem.errors()) {
            String name = error.field() == null ? "" : error.field();
            HasValidation field = byName.getOrDefault(name, byName.get(name.substring(name.lastIndexOf('.') + 1)));
            if (field == null) {
                unplaced.add(error);
                entries.add(new ErrorSummary.Entry(null, error.message(), error));
            } else {
                String message = FieldErrors.words(error, field);
                field.setErrorMessage(message);
                field.setInvalid(true);
                entries.add(new ErrorSummary.Entry(field, message, error));
            }
        }
        if (problem.errors() == null || problem.errors().isEmpty()) {
            problems.show(problem);
        } else {
            ErrorSummary.show(components(), entries);
            if (!unplaced.isEmpty()) {
                problems.showErrors(unplaced);
            }
        }
    }

    private List<Component> components() {
        return byName.values().stream().filter(Component.class::isInstance).map(Component.class::cast).distinct().toList();
    }
}
