package uk.homecare.portal.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.homecare.portal.api.problem.Problem.FieldError;

/**
 * A broken Jakarta constraint in the words of the API's bundles ({@code validation.*}), in the request's language,
 * with the rule and its limit for a client that words it in the unit it shows: "Must be at least 15 minutes",
 * not Jakarta's "must be greater than or equal to 15". A pattern's own English message has its words in the
 * bundles too ({@link #patternKey}).
 */
public final class ConstraintWords {

    /** The Jakarta constraints the contract uses, which this class words; any other gets a plain "is not valid". */
    public static final Set<Class<? extends Annotation>> WORDED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class, Min.class,
            Max.class, Positive.class, PositiveOrZero.class, DecimalMin.class, DecimalMax.class, Size.class, Past.class,
            PastOrPresent.class, Future.class, FutureOrPresent.class, Email.class, Pattern.class);

    private static final Map<Class<? extends Annotation>, String> DATES = Map.of(Past.class, "past", PastOrPresent.class,
            "past-or-today", Future.class, "future", FutureOrPresent.class, "future-or-today");

    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private ConstraintWords() {}

    static FieldError of(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotNull n -> required(field);
            case NotBlank n -> required(field);
            case NotEmpty n -> required(field);
            case Min min -> limit(field, "min", min.value());
            case Max max -> limit(field, "max", max.value());
            case Positive p -> limit(field, "min", 1);
            case PositiveOrZero p -> limit(field, "min", 0);
            case DecimalMin min -> limit(field, "min", new BigDecimal(min.value()).longValue());
            case DecimalMax max -> limit(field, "max", new BigDecimal(max.value()).longValue());
            case Size size -> size(field, size, violation.getInvalidValue());
            case Email e -> new FieldError(field, Problems.message("validation.email"), "email", null);
            case Pattern p -> new FieldError(field, patternMessage(violation.getConstraintDescriptor().getMessageTemplate()), "pattern", null);
            default -> DATES.containsKey(constraint.annotationType())
                    ? new FieldError(field, Problems.message("validation." + DATES.get(constraint.annotationType())),
                            DATES.get(constraint.annotationType()), null)
                    : new FieldError(field, Problems.message("validation.other"));
        };
    }

    /**
     * The bundle key of a {@code @Pattern}'s own English message (the contract's words, published in the spec as
     * {@code x-pattern-message}): its words in lower case joined by hyphens after {@code pattern.}, so "must be a UK
     * postcode" is {@code pattern.must-be-a-uk-postcode}. Jakarta's own message (a {@code {key}}) has none.
     */
    public static Optional<String> patternKey(String template) {
        if (template == null || template.startsWith("{")) {
            return Optional.empty();
        }
        String words = NOT_A_WORD.matcher(template.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
        return Optional.of("pattern." + words);
    }

    private static String patternMessage(String template) {
        return Problems.message(patternKey(template).filter(Problems::has).orElse("validation.pattern"));
    }

    private static FieldError required(String field) {
        return new FieldError(field, Problems.message("validation.required"), "required", null);
    }

    /** "Must be at least 15 minutes" / "£28.20" / "3": the limit in the field's unit, in words. */
    static FieldError limit(String field, String constraint, long limit) {
        return new FieldError(field, Problems.message("validation." + constraint, Quantities.of(field, limit)), constraint, limit);
    }

    private static FieldError size(String field, Size size, Object value) {
        int length = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> items ? items.size()
                : value instanceof Map<?, ?> entries ? entries.size()
                : value instanceof Object[] array ? array.length : -1;
        String kind = value instanceof CharSequence ? "length" : "items";
        boolean tooMany = length > size.max() || length < 0;
        String constraint = (tooMany ? "max-" : "min-") + kind;
        long limit = tooMany ? size.max() : size.min();
        return new FieldError(field, Problems.message("validation." + constraint, limit), constraint, limit);
    }
}
