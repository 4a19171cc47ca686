package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.problem.Problems;

/** Puts a refusal's field errors next to the fields they name; anything else goes to a notification. */
final class FieldProblems {

    private FieldProblems() {}

    static void show(Problem problem, Map<String, ? extends HasValidation> fields, Problems problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (problem.errors() == null || problem.errors().isEmpty()) {
            problems.show(problem);
            return;
        }
        for (Problem.FieldError error : problem.errors()) {
            String name = error.field() == null ? "" : error.field().substring(error.field().lastIndexOf('.') + 1);
            HasValidation field = fields.get(name);
            if (field == null) {
                problems.showErrors(java.util.List.of(error));
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
    }
}
