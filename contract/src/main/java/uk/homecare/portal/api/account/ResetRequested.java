package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The same answer whether or not an account has the address: what happens next, if it does. */
@Serdeable
public record ResetRequested(
        @Schema(example = "If an account has this e-mail address, a link to set a new password is on its way. It works once, within an hour.")
        String message) {}
