package uk.homecare.portal.platform.openapi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.homecare.portal.api.problem.Problem;
import io.swagger.v3.oas.annotations.headers.Header;

/** Signing in: invalid input (400), wrong credentials (401), a body over the size limit (413), a body of another media type (415), a locked account (429, with Retry-After), a failure of the portal (500). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "400", description = "Invalid input: errors[] names each field at fault and why",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid-input", value = ProblemExamples.INVALID_INPUT)))
@ApiResponse(responseCode = "401", description = """
        The credentials are not right; or the account has two-step verification and the one-time code is missing \
        (type mfa-required: ask for it and send it again) or not right (type mfa-failed)""",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = {@ExampleObject(name = "sign-in-failed", value = ProblemExamples.SIGN_IN_FAILED),
                        @ExampleObject(name = "mfa-required", value = ProblemExamples.MFA_REQUIRED),
                        @ExampleObject(name = "mfa-failed", value = ProblemExamples.MFA_FAILED)}))
@ApiResponse(responseCode = "413", description = "The body is larger than the portal accepts (64 KiB)",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "too-large", value = ProblemExamples.TOO_LARGE)))
@ApiResponse(responseCode = "415", description = "The body is not of a media type the operation reads (see its request body)",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unsupported-media-type", value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE)))
@ApiResponse(responseCode = "429", description = "Locked after repeated failures; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "86400")),
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "locked", value = ProblemExamples.LOCKED)))
@ApiResponse(responseCode = "500", description = "The portal failed; nothing was changed and no detail of the failure leaves it",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "server-error", value = ProblemExamples.SERVER_ERROR)))
@ApiResponse(responseCode = "503", description = "The portal cannot reach its database for the moment; nothing was changed. Try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "3600")),
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "service-unavailable", value = ProblemExamples.SERVICE_UNAVAILABLE)))
public @interface SignInProblems {}
