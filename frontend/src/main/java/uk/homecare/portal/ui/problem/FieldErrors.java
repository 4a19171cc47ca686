package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.homecare.portal.api.problem.Problem;

/**
 * Puts the API's validation messages on the form fields they are about. A problem names fields as
 * the form record does ({@code name}, {@code hourlyRatePence}); a binder whose bindings use those
 * property names finds the Vaadin field for each, whatever the field shows (pounds for pence, hours
 * for minutes). A path such as {@code createZone.form.name} falls back to its last part.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** Shows each error on its field and returns the ones no field was found for. */
    public static List<Problem.FieldError> show(Problem problem, Binder<?> binder) {
        List<Problem.FieldError> unplaced = new ArrayList<>();
        if (problem.errors() == null) {
            return unplaced;
        }
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            field(binder, error.field())
                    .ifPresentOrElse(
                            field -> messages.computeIfAbsent(field, f -> new ArrayList<>()).add(error.message()),
                            () -> unplaced.add(error));
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(String.join(" ", texts));
            field.setInvalid(true);
        });
        return unplaced;
    }

    private static Optional<HasValidation> field(Binder<?> binder, String path) {
        if (path == null) {
            return Optional.empty();
        }
        Optional<HasValidation> field = bound(binder, path);
        int dot = path.lastIndexOf('.');
        return field.isPresent() || dot < 0 ? field : bound(binder, path.substring(dot + 1));
    }

    private static Optional<HasValidation> bound(Binder<?> binder, String property) {
        try {
            return binder.getBinding(property)
                    .map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance)
                    .map(HasValidation.class::cast);
        } catch (RuntimeException unknownProperty) {
            return Optional.empty();
        }
    }
}
