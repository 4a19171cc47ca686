package uk.homecare.portal.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.hl7.fhir.r4.model.Resource;

/** FHIR resources as response bodies, written by HAPI as application/fhir+json. */
@Singleton
final class FhirResponses {

    private final FhirContext fhir;

    FhirResponses(FhirContext fhir) {
        this.fhir = fhir;
    }

    MutableHttpResponse<String> resource(HttpStatus status, Resource resource) {
        return HttpResponse.<String>status(status).contentType(Fhir.JSON).body(encode(resource));
    }

    MutableHttpResponse<String> refusal(FhirRefusal refusal) {
        return resource(refusal.status(), OperationOutcomes.of(refusal.issues(), refusal.problemType(), refusal.choices()));
    }

    String encode(Resource resource) {
        return fhir.newJsonParser().encodeResourceToString(resource);
    }
}
