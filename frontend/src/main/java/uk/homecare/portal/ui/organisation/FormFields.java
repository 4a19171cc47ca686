package uk.homecare.portal.ui.organisation;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.problem.Problems;

/**
 * A form's fields by the name the API's form record gives them, so each error of a refusal is shown next to
 * its field (a path such as {@code form.odsCode} falls back to its last part); the rest as a notification.
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

    void clear() {
        byName.values().forEach(field -> field.setInvalid(false));
    }

    void show(Problem problem) {
        clear();
        List<Problem.FieldError> unplaced = new ArrayList<>();
        for (Problem.FieldError error : problem.errors() == null ? List.<Problem.FieldError>of() : problem.errors()) {
            String name = error.field() == null ? "" : error.field();
            HasValidation field = byName.getOrDefault(name, byName.get(name.substring(name.lastIndexOf('.') + 1)));
            if (field == null) {
                unplaced.add(error);
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        if (problem.errors() == null || problem.errors().isEmpty()) {
            problems.show(problem);
        } else if (!unplaced.isEmpty()) {
            problems.showErrors(unplaced);
        }
    }
}
