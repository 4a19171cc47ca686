package uk.homecare.portal.fhir;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import uk.homecare.portal.api.Idempotency;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * The FHIR R4 view of CHC placement: POST a ServiceRequest to place a package, read its Task to follow
 * it. Every refusal is an OperationOutcome (application/fhir+json), never a problem+json.
 */
@Controller("/fhir")
@Secured("NHS_PARTNER")
@Tag(name = "CHC: FHIR R4 for NHS partner systems")
class FhirChcController {

    static final String IDEMPOTENCY_KEY = Idempotency.KEY;
    static final String REPLAYED = Idempotency.REPLAYED;

    private final ChcGateway chc;
    private final ServiceRequestReader reader;
    private final FhirResponses responses;

    FhirChcController(ChcGateway chc, ServiceRequestReader reader, FhirResponses responses) {
        this.chc = chc;
        this.reader = reader;
        this.responses = responses;
    }

    @Operation(summary = "Place a CHC package as a FHIR R4 ServiceRequest; answers the Task that tracks it",
            description = """
                    The body is a FHIR R4 ServiceRequest (application/fhir+json, or application/json), parsed strictly: \
                    unknown elements and malformed values are refused. It maps onto the package as follows. \
                    status 'active', intent 'order'. \
                    subject: '#patient', a Patient in contained with an identifier of system https://fhir.nhs.uk/Id/nhs-number \
                    (required, 10 digits, modulus 11 check), name (official or first: family, given), birthDate, and address \
                    (home or first: line, postalCode). \
                    performer: the council that commissions the care, as a reference by identifier with system \
                    https://homecare-portal.uk/Id/council and the council's id (it must be a council your organisation serves). \
                    quantityQuantity: weekly care, UCUM min/wk (or h/wk), e.g. 900 min/wk. \
                    occurrenceTiming.repeat: frequency = visits a day with period 1 and periodUnit d; duration + durationUnit \
                    min (or h) = each visit's length; when = the times of day, MORN (morning), NOON (lunchtime), AFT \
                    (teatime), EVE (evening), NIGHT (night), .early and .late variants accepted; boundsPeriod.start = the date \
                    care starts. \
                    note: the clinical needs summary (several notes are joined). \
                    Extensions with valueBoolean, false when absent: \
                    https://homecare-portal.uk/fhir/StructureDefinition/out-of-hours and \
                    https://homecare-portal.uk/fhir/StructureDefinition/double-handed. \
                    Optional: locationCode with system https://homecare-portal.uk/Id/zone (the zone's id; otherwise the \
                    postcode district decides), category with system https://homecare-portal.uk/Id/lot (the lot's id), \
                    category with system https://homecare-portal.uk/CodeSystem/service-category (whom the care is for: \
                    OLDER_PEOPLE, PHYSICAL_DISABILITY, CHILDREN, LEARNING_DISABILITY, MENTAL_HEALTH or GENERAL, the default), and \
                    identifier with system https://homecare-portal.uk/Id/partner-request: your own id of the request, kept as \
                    the package's partner reference. \
                    Without a lot, the lot is the one of the service category among the lots of the council's frameworks in \
                    force on the start date: the zone's own, else a council-wide one. When that does not settle one lot, the \
                    request is refused (422, problem type lot-choice-needed, expression ServiceRequest.category) and the issue's \
                    details carry one coding per lot to choose from (system https://homecare-portal.uk/Id/lot, code the lot's id, \
                    display its name): send it again with that lot's category. \
                    Idempotency: send an Idempotency-Key header (1 to 200 characters); without one, the value of the \
                    partner-request identifier is the key, and a request with neither is refused. A repeat with the same \
                    key and the same ServiceRequest answers the first Task again (header Idempotent-Replayed: true) and \
                    creates nothing; the same key with a different ServiceRequest is refused (422). The partner-request \
                    identifier is also a natural key, whatever the Idempotency-Key: a second ServiceRequest with the same \
                    identifier from your organisation answers the first Task (Idempotent-Replayed: true) and creates nothing, \
                    and with a different ServiceRequest it is refused (422, idempotency-key-reused, expression ServiceRequest.identifier). \
                    Answers 201 with the Task (its id is the package's id, also Location: /fhir/Task/{id}). Refusals are \
                    OperationOutcome resources whose issue expression is the FHIRPath of the element at fault \
                    (Patient.* meaning the contained Patient).""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 ServiceRequest")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object", description = "A FHIR R4 ServiceRequest"))})
    @ApiResponse(responseCode = "201", description = "The Task tracking the placed package",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 Task")))
    @ApiResponse(responseCode = "400", description = "An OperationOutcome: the body is not a valid ServiceRequest, or an element is missing or wrong",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
    @ApiResponse(responseCode = "422", description = """
            An OperationOutcome: the idempotency key or partner-request identifier was used with another ServiceRequest, \
            or the lot must be chosen (the lots to choose from are codings of the issue's details)""",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
    @FhirRefusals
    @FhirBodyRefusals
    @Post(uri = "/ServiceRequest", consumes = {Fhir.JSON, MediaType.APPLICATION_JSON}, produces = {Fhir.JSON, MediaType.APPLICATION_JSON})
    MutableHttpResponse<String> createServiceRequest(@Parameter(hidden = true) Actor actor,
            @Parameter(description = "A key unique to this request; repeat it on retries. Defaults to the partner-request identifier's value")
            @Header(IDEMPOTENCY_KEY) @Nullable String idempotencyKey,
            @Parameter(hidden = true) @Body @Nullable String body) {
        try {
            ServiceRequestReader.Read read = reader.read(body);
            String key = idempotencyKey != null ? idempotencyKey : read.partnerRequestId();
            if (key == null) {
                throw FhirRefusal.invalid(List.of(new FhirIssue(IssueType.REQUIRED,
                        "Send an Idempotency-Key header, or an identifier with system " + Fhir.PARTNER_REQUEST
                                + " whose value serves as the key, so that a retry creates nothing new.",
                        "ServiceRequest.identifier", "http." + IDEMPOTENCY_KEY)));
            }
            ChcGateway.Placed placed = chc.place(actor, key, read.form());
            MutableHttpResponse<String> response = task(HttpStatus.CREATED, placed.chcPackage())
                    .header(HttpHeaders.LOCATION, "/fhir/Task/" + placed.chcPackage().id());
            return placed.replayed() ? response.header(REPLAYED, "true") : response;
        } catch (FhirRefusal refusal) {
            return responses.refusal(refusal);
        } catch (PortalProblem problem) {
            return responses.refusal(OperationOutcomes.refusal(problem));
        }
    }

    @Operation(summary = "The Task of a CHC package you placed: its status in the cascade and, once awarded, its provider",
            description = """
                    Task.status: DRAFT draft; PRIMARY, SECONDARY, OPEN requested (offered to providers); REVIEW received \
                    (bids in for the council's award); UNALLOCATED on-hold (nobody took it, the council is arranging care); \
                    AWARDED accepted; CANCELLED cancelled. businessStatus carries the portal's own status (system \
                    https://homecare-portal.uk/CodeSystem/package-status). identifier: the package reference (system \
                    https://homecare-portal.uk/Id/package-reference). focus and basedOn: your ServiceRequest, as a logical \
                    reference by your partner-request identifier (this server keeps the package, not the ServiceRequest). \
                    owner: the awarded provider (identifier system https://homecare-portal.uk/Id/organisation), once awarded. restriction.period.start: when care starts. \
                    Extension https://homecare-portal.uk/fhir/StructureDefinition/stage-ends-at: when the current offer stage \
                    closes. meta.versionId and ETag: the package's version. A package you did not place is 404.""")
    @ApiResponse(responseCode = "200", description = "The Task",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 Task")))
    @ApiResponse(responseCode = "404", description = "An OperationOutcome: no such package placed by your organisation",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = "object", description = "A FHIR R4 OperationOutcome")))
    @FhirRefusals
    @Get(uri = "/Task/{id}", produces = {Fhir.JSON, MediaType.APPLICATION_JSON})
    MutableHttpResponse<String> readTask(@Parameter(hidden = true) Actor actor, String id) {
        try {
            return task(HttpStatus.OK, chc.show(actor, packageId(id)));
        } catch (FhirRefusal refusal) {
            return responses.refusal(refusal);
        } catch (PortalProblem problem) {
            return responses.refusal(OperationOutcomes.refusal(problem));
        }
    }

    private MutableHttpResponse<String> task(HttpStatus status, ChcPackage chcPackage) {
        return responses.resource(status, ChcTasks.task(chcPackage))
                .header(HttpHeaders.ETAG, "W/\"" + chcPackage.version() + "\"");
    }

    private static UUID packageId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new FhirRefusal(HttpStatus.NOT_FOUND,
                    List.of(new FhirIssue(IssueType.NOTFOUND, "No Task '" + id + "': a Task's id is its package's id.", null, null)),
                    ProblemType.NOT_FOUND);
        }
    }
}
