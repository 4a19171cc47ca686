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

/** A well-formed request that cannot be taken as it is: an Idempotency-Key reused with another body (422). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different request body",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "idempotency-key-reused", value = ProblemExamples.KEY_REUSED)))
public @interface UnprocessableProblem {}
