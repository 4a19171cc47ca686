package uk.homecare.portal.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.compliance.ActionCompletion;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceOperations;
import uk.homecare.portal.api.compliance.ComplianceRejection;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.LargeBody;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Compliance")
class ComplianceController implements ComplianceOperations<Actor> {

    private final ComplianceReads reads;
    private final DocumentUploads uploads;
    private final DocumentDecisions decisions;
    private final MonitoringVisits visits;

    ComplianceController(ComplianceReads reads, DocumentUploads uploads, DocumentDecisions decisions, MonitoringVisits visits) {
        this.reads = reads;
        this.uploads = uploads;
        this.decisions = decisions;
        this.visits = visits;
    }

    @Operation(summary = "A provider's compliance record: current documents, history, what is missing or expired on a day, monitoring visits",
            description = "The provider's own staff, or a commissioner of a council the provider works with (who sees their own"
                    + " council's monitoring visits only). `on` is the day the gaps and the expired flags are for (by default today).")
    @Secured({"PROVIDER", "PROVIDER_ADMIN", "COMMISSIONER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public ProviderCompliance showProviderCompliance(@Parameter(hidden = true) Actor actor, UUID providerId,
            @Nullable @QueryValue LocalDate on) {
        return reads.show(actor, providerId, on);
    }

    @Operation(summary = "Upload a compliance document of your organisation (PDF, PNG or JPEG, at most 5 MB)",
            description = "The body is the file itself, its Content-Type the file's type; its first bytes must show it is of that"
                    + " type (a file pretending to be a PDF is refused, 422 naming the field file). expiresOn is required for"
                    + " insurance and the data security toolkit, and must be after today. The upload becomes the current document of"
                    + " its type, superseding the one before (kept as history); it waits for a council to verify it.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary", maxLength = MOST_BYTES)),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary", maxLength = MOST_BYTES)),
                    @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary", maxLength = MOST_BYTES))}))
    @ApiResponse(responseCode = "201", description = "The document as stored", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ComplianceDocument.class)))
    @ApiResponse(responseCode = "422", description = "The file's content is not of its declared type (field file)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Secured({"PROVIDER", "PROVIDER_ADMIN"})
    @LargeBody
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public HttpResponse<ComplianceDocument> uploadComplianceDocument(@Parameter(hidden = true) Actor actor,
            @Parameter(hidden = true) @Header(HttpHeaders.CONTENT_TYPE) String contentType, @QueryValue ComplianceDocumentType type,
            @Nullable @QueryValue LocalDate expiresOn, @Nullable @QueryValue String fileName, @Body byte[] file) {
        return HttpResponse.created(uploads.upload(actor, contentType, type, expiresOn, fileName, file));
    }

    @Operation(summary = "Download a compliance document's file (always as an attachment)",
            description = "The provider's own staff, or a commissioner of a council the provider works with. Served with the type"
                    + " its content was checked to be, as an attachment, never to be shown inline or sniffed.")
    @ApiResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary"))})
    @Secured({"PROVIDER", "PROVIDER_ADMIN", "COMMISSIONER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public HttpResponse<byte[]> downloadComplianceDocument(@Parameter(hidden = true) Actor actor, UUID id) {
        ComplianceReads.StoredFile file = reads.file(actor, id);
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(file.content())
                .contentType(MediaType.of(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    @Operation(summary = "Verify a provider's current document (SUBMITTED), for every council it works with")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ComplianceDocument verifyComplianceDocument(@Parameter(hidden = true) Actor actor, UUID id) {
        return decisions.verify(actor, id);
    }

    @Operation(summary = "Reject a provider's current document (SUBMITTED), saying why; the provider uploads a new one")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ComplianceDocument rejectComplianceDocument(@Parameter(hidden = true) Actor actor, UUID id,
            @Body @Valid ComplianceRejection rejection) {
        return decisions.reject(actor, id, rejection.reason());
    }

    @Operation(summary = "Record your council's contract monitoring visit to a provider you work with, with its findings and actions",
            description = "The visit's day may not be in the future; each action's due day is on or after the visit.")
    @ApiResponse(responseCode = "201", description = "The visit as recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = MonitoringVisit.class)))
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @Override
    public HttpResponse<MonitoringVisit> recordMonitoringVisit(@Parameter(hidden = true) Actor actor, UUID providerId,
            @Body @Valid MonitoringVisitForm form) {
        return HttpResponse.created(visits.record(actor, providerId, form));
    }

    @Operation(summary = "Mark an open action of a monitoring visit to your organisation done, with a note")
    @Secured({"PROVIDER", "PROVIDER_ADMIN"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public MonitoringVisit completeMonitoringAction(@Parameter(hidden = true) Actor actor, UUID id,
            @Body @Valid ActionCompletion completion) {
        return visits.complete(actor, id, completion);
    }
}
