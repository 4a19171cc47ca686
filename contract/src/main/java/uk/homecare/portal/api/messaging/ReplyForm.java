package uk.homecare.portal.api.messaging;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in reply, from either side. */
@Serdeable
public record ReplyForm(
        @Schema(example = "Thank you: we have corrected the rate and will pay the difference this week.")
        @NotBlank @Size(max = QueryForm.MAX_BODY) String body) {}
