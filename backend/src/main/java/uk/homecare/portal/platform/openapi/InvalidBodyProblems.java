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

/** An operation that reads a JSON body: invalid input field by field (400), a body over the size limit (413), a body of another media type (415). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "400", description = "Invalid input: errors[] names each field at fault and why",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid-input", value = ProblemExamples.INVALID_INPUT)))
@ApiResponse(responseCode = "413", description = "The body is larger than the portal accepts (64 KiB)",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "too-large", value = ProblemExamples.TOO_LARGE)))
@ApiResponse(responseCode = "415", description = "The body is not of a media type the operation reads (see its request body)",
        content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unsupported-media-type", value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE)))
public @interface InvalidBodyProblems {}
