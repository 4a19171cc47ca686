package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.problem.ProblemType;

/** Builds problem responses, with titles from the API's message bundle. */
public final class Problems {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern FIELD = Pattern.compile(FieldError.FIELD_PATTERN);

    private Problems() {}

    public static MutableHttpResponse<Problem> response(HttpStatus status, ProblemType type, String detail, List<FieldError> errors) {
        return response(status, type, detail, errors, List.of());
    }

    /** A problem that also lists what the client may choose from (none: no {@code choices} member). */
    public static MutableHttpResponse<Problem> response(HttpStatus status, ProblemType type, String detail, List<FieldError> errors,
            List<Problem.Choice> choices) {
        List<FieldError> named = errors.stream().map(error -> error.named(fieldName(error.field()))).toList();
        Problem problem = new Problem(type.urn(), title(status), status.getCode(), detail, named.isEmpty() ? null : named,
                choices.isEmpty() ? null : choices);
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /**
     * A field's name as the spec's pattern for it allows: a JSON pointer ({@code /form}) without its slash, and
     * a name that cannot be written so (an unknown property echoed back, with spaces or symbols or too long) as
     * the body it came in.
     */
    static String fieldName(String field) {
        String name = field.startsWith("/") ? field.substring(1) : field;
        return name.length() <= FieldError.FIELD_MAX_LENGTH && FIELD.matcher(name).matches() ? name : "body";
    }

    /** At most this many field errors in one problem, as the published spec says ({@code errors}, maxItems). */
    public static final int MAX_ERRORS = 100;

    public static MutableHttpResponse<Problem> invalidInput(List<FieldError> fieldErrors) {
        List<FieldError> errors = fieldErrors.stream().map(error -> error.named(fieldName(error.field()))).toList();
        String detail = errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() > MAX_ERRORS ? message("problem.invalid.detail.more", MAX_ERRORS, errors.size())
                : message("problem.invalid.detail");
        return response(HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, detail,
                errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors);
    }

    /** The API's texts in the language of the current request (its own bundle, else English's). */
    private static ResourceBundle messages() {
        return ResourceBundle.getBundle("i18n.api", RequestLanguage.current(), NO_FALLBACK);
    }

    /**
     * A message with {0}-style arguments filled in. Every text goes through MessageFormat, arguments or not, so
     * the bundles write every apostrophe one way ({@code ''}), whichever way a text is asked for.
     */
    public static String message(String key, Object... arguments) {
        return new java.text.MessageFormat(messages().getString(key), RequestLanguage.current()).format(arguments);
    }

    /** Whether the API's bundle has this key. */
    static boolean has(String key) {
        return messages().containsKey(key);
    }

    static String title(HttpStatus status) {
        String key = "problem.title." + status.getCode();
        ResourceBundle messages = messages();
        return messages.containsKey(key) ? messages.getString(key) : status.getReason();
    }

    static ProblemType typeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ProblemType.INVALID_INPUT;
            case UNAUTHORIZED -> ProblemType.UNAUTHORIZED;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case CONFLICT -> ProblemType.CONFLICT;
            case SERVICE_UNAVAILABLE -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status.getCode() >= 500 ? ProblemType.SERVER_ERROR : ProblemType.ERROR;
        };
    }
}
