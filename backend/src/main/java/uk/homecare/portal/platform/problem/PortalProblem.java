package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import uk.homecare.portal.api.problem.Problem.Choice;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.problem.ProblemType;

/** A refusal the domain gives on purpose: what was wrong, in words a person can act on. */
public final class PortalProblem extends RuntimeException {

    private final HttpStatus status;
    private final ProblemType type;
    private final List<FieldError> errors;
    private final Duration retryAfter;
    private final List<Choice> choices;

    private PortalProblem(HttpStatus status, ProblemType type, String detail, List<FieldError> errors) {
        this(status, type, detail, errors, null, List.of());
    }

    private PortalProblem(HttpStatus status, ProblemType type, String detail, List<FieldError> errors, Duration retryAfter) {
        this(status, type, detail, errors, retryAfter, List.of());
    }

    private PortalProblem(HttpStatus status, ProblemType type, String detail, List<FieldError> errors, Duration retryAfter,
            List<Choice> choices) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.choices = List.copyOf(choices);
    }

    public static PortalProblem notFound(String detail) {
        return new PortalProblem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, detail, List.of());
    }

    public static PortalProblem forbidden(String detail) {
        return new PortalProblem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, detail, List.of());
    }

    public static PortalProblem conflict(String detail) {
        return new PortalProblem(HttpStatus.CONFLICT, ProblemType.CONFLICT, detail, List.of());
    }

    /** 409 of a kind the client acts on, such as a provider that fails one of a council's quality gates. */
    public static PortalProblem conflict(ProblemType type, String detail) {
        return new PortalProblem(HttpStatus.CONFLICT, type, detail, List.of());
    }

    /** 422 naming every part of the request at fault (at most {@link Problems#MAX_ERRORS}), such as the rows of a refused file. */
    public static PortalProblem unprocessable(ProblemType type, String detail, List<FieldError> errors) {
        return new PortalProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, detail,
                errors.size() > Problems.MAX_ERRORS ? errors.subList(0, Problems.MAX_ERRORS) : errors);
    }

    public static PortalProblem invalid(String field, String message) {
        return new PortalProblem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, message, List.of(new FieldError(field, message)));
    }

    /**
     * 400: a field's value is beyond a limit ({@code constraint} min or max). The message (bundle {@code key}) gets the
     * limit in words in the field's unit ("£28.20", "30 minutes"); the error carries the rule and the limit in the
     * field's wire unit, so a form that shows another unit (pounds, hours) can say it in that.
     */
    public static PortalProblem outOfRange(String field, String key, String constraint, long limit) {
        String message = Problems.message(key, Quantities.of(field, limit));
        return new PortalProblem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, message,
                List.of(new FieldError(field, message, constraint, limit)));
    }

    /** The request is well formed but cannot be taken as it is, e.g. an idempotency key reused with another body. */
    public static PortalProblem unprocessable(ProblemType type, String detail) {
        return new PortalProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, detail, List.of());
    }

    /** 422 about one field, e.g. a partner's request identifier used before with another body. */
    public static PortalProblem unprocessable(ProblemType type, String field, String detail) {
        return new PortalProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, detail, List.of(new FieldError(field, detail)));
    }

    /** 422: the request must name one of these for the field (e.g. a lot for lotId). */
    public static PortalProblem choiceNeeded(ProblemType type, String field, String detail, List<Choice> choices) {
        return new PortalProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, detail, List.of(new FieldError(field, detail)), null, choices);
    }

    /** 413: an uploaded file over its limit, naming the field that carries it. */
    public static PortalProblem tooLarge(String field, String detail) {
        return new PortalProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE, detail,
                List.of(new FieldError(field, detail)));
    }

    /** 429, answered with a {@code Retry-After} header of the given wait (whole seconds, at least one). */
    public static PortalProblem tooManyRequests(String detail, Duration retryAfter) {
        return new PortalProblem(HttpStatus.TOO_MANY_REQUESTS, ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
    }

    public static PortalProblem unauthorized(String detail) {
        return new PortalProblem(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, detail, List.of());
    }

    /** 401 of a kind the client acts on, such as a sign-in that needs a one-time code as well. */
    public static PortalProblem unauthorized(ProblemType type, String detail) {
        return new PortalProblem(HttpStatus.UNAUTHORIZED, type, detail, List.of());
    }

    /** 403 of a kind the client acts on, such as a token that may only be used to set up two-step verification. */
    public static PortalProblem forbidden(ProblemType type, String detail) {
        return new PortalProblem(HttpStatus.FORBIDDEN, type, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** What the client may choose from, when the problem is that it must choose; empty otherwise. */
    public List<Choice> choices() {
        return choices;
    }

    /** How long the client should wait before trying again, when the refusal is a rate limit or lock. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
