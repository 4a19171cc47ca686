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

/** An operation on one record: not found, or of another council (404). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "404", description = "No such record, or it belongs to another council or organisation",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not-found", value = ProblemExamples.NOT_FOUND)))
public @interface NotFoundProblem {}
