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

/** An operation refused because of the record's state or a stale version (409). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "409", description = "The record is not in a state that allows this, or changed since it was loaded",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "conflict", value = ProblemExamples.CONFLICT)))
public @interface ConflictProblem {}
