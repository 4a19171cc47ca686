package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.Component;
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
 * for minutes). A path such as {@code createZone.form.name} falls back to its last part. A field that shows
 * hours for the API's minutes ({@link ShownIn}) says a limit the API names (rule and limit) in hours.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** Shows each error on its field and returns the ones no field was found for. */
    public static List<Problem.FieldError> show(Problem problem, Binder<?> binder) {
        return place(problem, binder).stream().filter(shown -> shown.field() == null).map(ErrorSummary.Entry::error).toList();
    }

    /** Shows each error on its field; every error comes back with the field it is shown on (none: not placed). */
    public static List<ErrorSummary.Entry> place(Problem problem, Binder<?> binder) {
        List<ErrorSummary.Entry> placed = new ArrayList<>();
        if (problem.errors() == null) {
            return placed;
        }
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            Optional<HasValidation> field = field(binder, error.field());
            String message = field.map(f -> words(error, f)).orElse(error.message());
            field.ifPresent(f -> messages.computeIfAbsent(f, any -> new ArrayList<>()).add(message));
            placed.add(new ErrorSummary.Entry(field.orElse(null), message, error));
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(String.join(" ", texts));
            field.setInvalid(true);
        });
        return placed;
    }

    /**
     * The error's words for this field: the API's, unless the field shows another unit than the API takes and the
     * error names its rule and limit, when the limit is said in the unit shown ("Enter at least 0.25 hours").
     */
    public static String words(Problem.FieldError error, Object field) {
        if (error.limit() == null || !("min".equals(error.constraint()) || "max".equals(error.constraint()))
                || !(field instanceof Component component)) {
            return error.message();
        }
        return ShownIn.of(field)
                .map(unit -> component.getTranslation("field.hours." + error.constraint(), ShownIn.hours(error.limit())))
                .orElse(error.message());
    }

    private static Optional<HasValidation> field(Binder<?> binder, String path) {
        if (path == null) {
            return Optional.empty();
        }
        Optional<HasValidation> field = bound(binder, path);
        int bracket = path.indexOf('[');
        if (field.isEmpty() && bracket > 0) {
            // an error about one item of a list ("schedule[2].minutes") is shown on the field holding the list
            field = bound(binder, path.substring(0, bracket));
        }
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
