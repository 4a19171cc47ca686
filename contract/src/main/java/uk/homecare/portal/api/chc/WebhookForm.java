package uk.homecare.portal.api.chc;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The address a partner wants its events POSTed to: an absolute http(s) URL with no user name or fragment (https in production). */
@Serdeable
public record WebhookForm(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s/?#@]+([/?][^\\s#]*)?", message = "must be an absolute http(s) URL")
        String url) {}
