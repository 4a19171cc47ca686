package uk.homecare.portal.fhir;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A FHIR operation that reads a resource: a body over the size limit (413) or of another media type (415), each an OperationOutcome. */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "413", description = "An OperationOutcome: the body is larger than the portal accepts (64 KiB)",
        content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
@ApiResponse(responseCode = "415", description = "An OperationOutcome: the body is neither application/fhir+json nor application/json",
        content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
@interface FhirBodyRefusals {}
