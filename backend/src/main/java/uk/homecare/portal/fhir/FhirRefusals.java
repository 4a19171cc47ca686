package uk.homecare.portal.fhir;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The refusals every FHIR operation can give, each an OperationOutcome ({@link FhirProblemFilter} turns the
 * framework's own refusals into one): no valid token (401), not an NHS partner or a council the partner does
 * not serve (403), a failure of the portal (500), its database out of reach for the moment (503).
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@ApiResponse(responseCode = "401", description = "An OperationOutcome: no valid bearer token came with the request",
        headers = @Header(name = "WWW-Authenticate", description = "Bearer", schema = @Schema(type = "string", maxLength = 16)),
        content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
@ApiResponse(responseCode = "403", description = "An OperationOutcome: not an NHS partner, or a council the partner does not serve",
        content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
@ApiResponse(responseCode = "500", description = "An OperationOutcome: the portal failed; nothing was changed and no detail of the failure leaves it",
        content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
@ApiResponse(responseCode = "503", description = "An OperationOutcome: the portal cannot reach its database for the moment; nothing was changed. Try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "3600")),
        content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
@interface FhirRefusals {}
