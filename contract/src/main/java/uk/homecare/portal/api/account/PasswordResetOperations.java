package uk.homecare.portal.api.account;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;

/** A forgotten password: asking for a link by e-mail, and setting a new password with it. */
public interface PasswordResetOperations {

    @Post("/api/password-resets")
    @Status(HttpStatus.ACCEPTED)
    ResetRequested requestPasswordReset(@Body ResetRequest request);

    @Post("/api/password-resets/new-password")
    @Status(HttpStatus.NO_CONTENT)
    void resetPassword(@Body NewPassword reset);
}
