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

/** An operation with path or query parameters and no body: a parameter that cannot be read (400). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "400", description = "Invalid input: a parameter that cannot be read (for example an id that is not a UUID)",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid-input", value = ProblemExamples.INVALID_INPUT)))
public @interface InvalidParameterProblems {}
