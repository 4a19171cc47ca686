package uk.homecare.portal.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 7807 problem: a type, a title for people, the HTTP status, what went wrong in this case,
 * and for invalid input one entry per field so a form can show each message next to its field.
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (for example {@code name} or {@code lots[0].zoneId}) and why. */
    @Serdeable
    public record FieldError(String field, String message) {}
}
