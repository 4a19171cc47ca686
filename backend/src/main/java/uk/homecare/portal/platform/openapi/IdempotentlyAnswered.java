package uk.homecare.portal.platform.openapi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.homecare.portal.api.Idempotency;
import uk.homecare.portal.api.problem.Problem;

/**
 * An operation that takes an Idempotency-Key (platform.idempotency.IdempotentRequests): its 200 answer may be a
 * replay, marked Idempotent-Replayed, and a key reused with another body is refused (422).
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "200", description = "Done; or, for a repeated Idempotency-Key, the first answer again",
        headers = @Header(name = Idempotency.REPLAYED, description = "true when this answers a repeated Idempotency-Key",
                schema = @Schema(type = "string", allowableValues = "true")))
@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different request body",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "idempotency-key-reused", value = ProblemExamples.KEY_REUSED)))
public @interface IdempotentlyAnswered {}
