package uk.homecare.portal.api.messaging;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new query about a package: its type, a subject and the first message. Write no more about the person than the
 * other side needs: they already know who the package is for.
 */
@Serdeable
public record QueryForm(
        @NotNull QueryType type,
        @Schema(example = "Invoice for November") @NotBlank @Size(max = QueryForm.MAX_SUBJECT) String subject,
        @Schema(example = "Our invoice for November was paid at last year's rate. Could you check it, please?")
        @NotBlank @Size(max = QueryForm.MAX_BODY) String body) {

    public static final int MAX_SUBJECT = 120;
    public static final int MAX_BODY = 4000;
}
