package uk.homecare.portal.api.problem;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 7807 problem: a type, a title for people, the HTTP status, what went wrong in this case,
 * and for invalid input one entry per field so a form can show each message next to its field.
 */
@Serdeable
@Schema(description = "An RFC 7807 problem (application/problem+json). For invalid input, errors[] names each field at fault.")
public record Problem(
        @Schema(description = "What kind of problem: a URN that does not change", format = "uri", maxLength = 100,
                example = "urn:homecare-portal:problem:invalid-input")
        String type,
        @Schema(description = "A short title for people, the same for every problem of this status", maxLength = 100,
                example = "Invalid input")
        String title,
        @Schema(description = "The HTTP status", format = "int32", minimum = "400", maximum = "599", example = "400")
        int status,
        @Schema(description = "What went wrong in this case, in words a person can act on", maxLength = 1000,
                example = "Some fields are not valid.")
        @Nullable String detail,
        @ArraySchema(maxItems = 100, arraySchema = @Schema(description = "For invalid input: one entry per field at fault"))
        @Nullable List<FieldError> errors,
        @ArraySchema(maxItems = 100, arraySchema = @Schema(description = """
                When the request must name one of several things (type lot-choice-needed: a lot for lotId), the ones \
                it may choose from"""))
        @Nullable List<Choice> choices) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Creator
    public Problem {}

    /** A problem without choices to offer. */
    public Problem(String type, String title, int status, @Nullable String detail, @Nullable List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    /** One thing the request may name instead: its id, for the field the errors name, and its name for people. */
    @Serdeable
    @Schema(description = "One thing the request may choose, by id")
    public record Choice(
            @Schema(description = "The id to send") UUID id,
            @Schema(description = "Its name, for people", maxLength = 200, example = "GP cluster: Central") String name) {}

    /** One invalid field: its JSON path (for example {@code name} or {@code lots[0].zoneId}) and why. */
    @Serdeable
    @Schema(description = "One invalid field and why")
    public record FieldError(
            @Schema(description = "The field's JSON path in the request body, or the parameter's name", maxLength = FIELD_MAX_LENGTH,
                    pattern = FIELD_PATTERN, example = "visitPattern.visitMinutes")
            String field,
            @Schema(description = "Why the value is not valid, in the request's language", maxLength = 1000,
                    example = "Visits must be at least 30 minutes long in this council.")
            String message,
            @Schema(description = """
                    Which rule the value broke, for a client that words the message itself in the unit it shows (hours for \
                    minutes, pounds for pence): required, min, max, min-length, max-length, min-items, max-items, pattern, \
                    past, past-or-today, future, future-or-today, email, or absent when no such rule applies""",
                    maxLength = 30, pattern = "^[a-z-]+$", example = "min")
            @Nullable String constraint,
            @Schema(description = """
                    The rule's limit, for min, max and the length and item rules, in the field's own unit on the wire \
                    (minutes for a field named ...Minutes, pence for ...Pence, else a count)""",
                    format = "int64", example = "30")
            @Nullable Long limit) {

        @Creator
        public FieldError {}

        /** An error with no machine-readable rule: the message says it all. */
        public FieldError(String field, String message) {
            this(field, message, null, null);
        }

        /** The same error about another field name (a path written as the spec allows). */
        public FieldError named(String name) {
            return new FieldError(name, message, constraint, limit);
        }

        /** What a field's name is made of (letters, digits, {@code _ . [ ] -}): a path such as {@code lots[0].zoneId}. */
        public static final String FIELD_PATTERN = "^[\\w.\\[\\]-]+$";

        public static final int FIELD_MAX_LENGTH = 200;
    }
}
