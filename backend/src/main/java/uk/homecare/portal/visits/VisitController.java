package uk.homecare.portal.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.api.visits.VisitOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.LargeBody;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Visits")
class VisitController implements VisitOperations<Actor> {

    private final VisitRecording recording;
    private final VisitReads reads;
    private final EcmImports imports;

    VisitController(VisitRecording recording, VisitReads reads, EcmImports imports) {
        this.recording = recording;
        this.reads = reads;
        this.imports = imports;
    }

    @Operation(summary = "Record what was delivered on one visit of a package you hold",
            description = "Once per package, day and planned start (a second time is 409). On or after the package's start and not"
                    + " in the future. A reason is needed when missed, or when start, end or length differ from the plan by more than"
                    + " 15 minutes. A visit naming an hours-bank booking delivers it with the visit's actual minutes.")
    @ApiResponse(responseCode = "201", description = "The visit as recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Visit.class)))
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public HttpResponse<Visit> recordVisit(@Parameter(hidden = true) Actor actor, UUID packageId, @Body @Valid VisitForm form) {
        return HttpResponse.created(recording.record(actor, packageId, form));
    }

    @Operation(summary = "A package's recorded visits, newest first (by default the 4 weeks to today)")
    @Secured({"PROVIDER", "COMMISSIONER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Visit> listVisits(@Parameter(hidden = true) Actor actor, UUID packageId, @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to) {
        return reads.ofPackage(actor, packageId, from, to);
    }

    @Operation(summary = "Upload an ECM export of visits (CSV, at most 10 MB and 100,000 rows; docs/ecm-import.md)",
            description = "The whole file is checked first: if any row is refused nothing is imported and the answer (422) lists every"
                    + " refused row with its line, column and why. A good file is imported at once (201). The same file (the same"
                    + " bytes) uploaded again changes nothing and answers the first import's report (200).",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", maxLength = 10_485_760))))
    @ApiResponse(responseCode = "201", description = "Every row imported", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EcmImportReport.class)))
    @ApiResponse(responseCode = "200", description = "The same file was imported before; nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EcmImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Nothing imported: every refused row, with its line, column and why",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EcmImportReport.class)))
    @Secured("PROVIDER")
    @LargeBody
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public HttpResponse<EcmImportReport> importEcmFile(@Parameter(hidden = true) Actor actor, @Body byte[] file) {
        EcmImports.Outcome outcome = imports.upload(actor, file);
        return HttpResponse.<EcmImportReport>status(outcome.status()).body(outcome.report());
    }

    @Operation(summary = "Your council's missed and late visits of a day (by default yesterday)",
            description = "Late: started more than 15 minutes after its planned start.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<Visit> listVisitExceptions(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue LocalDate date) {
        return reads.exceptions(actor, date);
    }

}
