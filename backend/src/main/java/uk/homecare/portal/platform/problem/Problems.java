package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;

/** Builds problem responses, with titles from the API's message bundle. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:homecare-portal:problem:";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.api", Locale.ENGLISH);

    private Problems() {}

    public static MutableHttpResponse<Problem> response(HttpStatus status, String type, String detail, List<FieldError> errors) {
        Problem problem = new Problem(TYPE_PREFIX + type, title(status), status.getCode(), detail, errors.isEmpty() ? null : errors);
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    public static MutableHttpResponse<Problem> invalidInput(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message() : message("problem.invalid.detail");
        return response(HttpStatus.BAD_REQUEST, "invalid-input", detail, errors);
    }

    public static String message(String key) {
        return MESSAGES.getString(key);
    }

    /** A message with {0}-style arguments filled in. */
    public static String message(String key, Object... arguments) {
        return java.text.MessageFormat.format(MESSAGES.getString(key), arguments);
    }

    static String title(HttpStatus status) {
        String key = "problem.title." + status.getCode();
        return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : status.getReason();
    }

    static String typeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-input";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case CONFLICT -> "conflict";
            default -> status.getCode() >= 500 ? "server-error" : "error";
        };
    }
}
