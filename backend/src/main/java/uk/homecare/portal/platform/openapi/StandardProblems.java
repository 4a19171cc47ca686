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

/** The refusals every signed-in operation can give: no valid token (401), a role or organisation that may not do this (403), a failure of the portal (500). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "401", description = "No valid bearer token came with the request",
        headers = @Header(name = "WWW-Authenticate", description = "Bearer", schema = @Schema(type = "string", maxLength = 16)),
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unauthorized", value = ProblemExamples.UNAUTHORIZED)))
@ApiResponse(responseCode = "403", description = """
        The token's role, or the organisation it acts for, may not do this; or the token is good only for setting up \
        two-step verification, which the council requires (type mfa-enrolment-required)""",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = {@ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN),
                        @ExampleObject(name = "mfa-enrolment-required", value = ProblemExamples.MFA_ENROLMENT_REQUIRED)}))
@ApiResponse(responseCode = "500", description = "The portal failed; nothing was changed and no detail of the failure leaves it",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "server-error", value = ProblemExamples.SERVER_ERROR)))
@ApiResponse(responseCode = "503", description = "The portal cannot reach its database for the moment; nothing was changed. Try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "3600")),
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "service-unavailable", value = ProblemExamples.SERVICE_UNAVAILABLE)))
public @interface StandardProblems {}
