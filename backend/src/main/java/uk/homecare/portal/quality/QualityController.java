package uk.homecare.portal.quality;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.quality.GateSettings;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.QualityOperations;
import uk.homecare.portal.api.quality.RatingsImportReport;
import uk.homecare.portal.api.quality.SuspensionForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.LargeBody;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Quality gates")
class QualityController implements QualityOperations<Actor> {

    private final RatingsImport imports;
    private final GateSettingsKeeping settings;
    private final Suspensions suspensions;
    private final Standings standings;

    QualityController(RatingsImport imports, GateSettingsKeeping settings, Suspensions suspensions, Standings standings) {
        this.imports = imports;
        this.settings = settings;
        this.suspensions = suspensions;
        this.standings = standings;
    }

    @Operation(summary = "Import a regulator's ratings file (CQC's or CIW's CSV, at most 10 MB; docs/quality-gates.md)",
            description = """
                    National data, so the platform administrator imports it. The whole file is checked first: if any row is \
                    at fault nothing changes and the answer (422, type ratings-file-refused) names each row at fault as \
                    lines[n].column in errors. A good file updates every location's rating and flags the locations new to \
                    the portal, changed, and no longer listed (withdrawn) (201). The regulator's latest file imported again \
                    changes nothing and answers that import's report (200).""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", maxLength = 10_485_760))))
    @ApiResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RatingsImportReport.class)))
    @ApiResponse(responseCode = "200", description = "The regulator's latest import was this file; nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingsImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Nothing imported: errors names every row at fault (lines[n].column) and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Secured("PLATFORM_ADMIN")
    @LargeBody
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public HttpResponse<RatingsImportReport> importRatings(@Parameter(hidden = true) Actor actor, @Body byte[] file) {
        RatingsImport.Outcome outcome = imports.upload(actor, file);
        return HttpResponse.<RatingsImportReport>status(outcome.status()).body(outcome.report());
    }

    @Operation(summary = "Your council's quality gates, with the version to send back when changing them")
    @Secured("ADMIN")
    @StandardProblems
    @Override
    public GateSettings showProviderGates(@Parameter(hidden = true) Actor actor) {
        return settings.show(actor);
    }

    @Operation(summary = "Change your council's quality gates (send them whole, with the version you loaded)",
            description = """
                    The lowest rating that still gets new offers (absent: no minimum) and whether providers not yet rated \
                    pass. Refused when the settings changed since the version sent (409). Audited with what each was and is. \
                    The cascade applies them from its next move.""")
    @Secured("ADMIN")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Override
    public GateSettings changeProviderGates(@Parameter(hidden = true) Actor actor, @Body @Valid GateSettings changed) {
        return settings.change(actor, changed);
    }

    @Operation(summary = "The providers registered with your council: their ratings, locations and the gates they fail here")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<ProviderStanding> listProviderStandings(@Parameter(hidden = true) Actor actor) {
        return standings.ofCouncil(actor);
    }

    @Operation(summary = "Suspend a provider from new offers in your council, saying why (the provider is told)",
            description = "Refused when it is suspended already (409). Offers it has stay, but it may not accept or bid on them (409).")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ProviderStanding suspendProvider(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid SuspensionForm form) {
        suspensions.suspend(actor, id, form.reason());
        return standings.inCouncil(actor, id);
    }

    @Operation(summary = "Lift a provider's suspension in your council, saying why",
            description = "Refused when it is not suspended (409).")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ProviderStanding liftSuspension(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid SuspensionForm form) {
        suspensions.lift(actor, id, form.reason());
        return standings.inCouncil(actor, id);
    }

    @Operation(summary = "Your organisation's ratings, and the gates it fails in each council it serves, with why")
    @Secured({"PROVIDER", "PROVIDER_ADMIN"})
    @StandardProblems
    @Override
    public List<ProviderStanding> showOwnStanding(@Parameter(hidden = true) Actor actor) {
        return standings.own(actor);
    }
}
