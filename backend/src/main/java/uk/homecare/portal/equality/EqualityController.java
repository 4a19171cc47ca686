package uk.homecare.portal.equality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.equality.EqualityForm;
import uk.homecare.portal.api.equality.EqualityOperations;
import uk.homecare.portal.api.equality.EqualityProfile;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Secured({"COMMISSIONER"})
@Tag(name = "Equality monitoring")
class EqualityController implements EqualityOperations<Actor> {

    private final EqualityProfiles profiles;
    private final EqualityReports reports;

    EqualityController(EqualityProfiles profiles, EqualityReports reports) {
        this.profiles = profiles;
        this.reports = reports;
    }

    @Operation(summary = "A person's equality monitoring answers",
            description = """
                    The answers recorded with consent, who consented and when, or none (never recorded, or withdrawn). For the \
                    person's council's commissioners only.""")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public EqualityProfile showEquality(@Parameter(hidden = true) Actor actor, UUID personId) {
        return profiles.show(actor, personId);
    }

    @Operation(summary = "Record a person's equality monitoring answers, with their consent (send the version you loaded)",
            description = """
                    Replaces the answers recorded before. Every answer is optional and may be PREFER_NOT_TO_SAY; consentGiven \
                    must be true, and consentFrom says whether the person or their representative consented.""")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public EqualityProfile recordEquality(@Parameter(hidden = true) Actor actor, UUID personId, @Body @Valid EqualityForm form) {
        return profiles.record(actor, personId, form);
    }

    @Operation(summary = "Withdraw a person's equality monitoring answers (consent withdrawn): they are erased",
            description = "Refused (409) when none are recorded. The audit trail keeps only that they were withdrawn.")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public EqualityProfile withdrawEquality(@Parameter(hidden = true) Actor actor, UUID personId) {
        return profiles.withdraw(actor, personId);
    }

    @Operation(summary = "Your council's equality monitoring report, small numbers suppressed (every view is audited)",
            description = """
                    For the packages first published in the period [from, to) of UK days (by default the 365 days up to and \
                    including today; at most 731): people, packages, awards, median minutes from publication to first award, \
                    packages ever unallocated (and their share) and packages handed back, for the council's whole population \
                    and by each protected characteristic and urban or rural zone. A count under 5 is suppressed (SMALL), and \
                    another (SECONDARY) so that it cannot be worked out from the total; rates and medians of suppressed counts \
                    are suppressed (DERIVED). Suppressed values are never sent.""")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public EqualityReport showEqualityReport(@Parameter(hidden = true) Actor actor, @Nullable LocalDate from, @Nullable LocalDate to) {
        return reports.read(actor, from, to, EqualityReports.Format.JSON);
    }

    @Operation(summary = "The same equality monitoring report as CSV, one line a group (every export is audited)",
            description = "Suppressed counts read \"<5\", withheld ones \"*\". Every field is quoted.")
    @ApiResponse(responseCode = "200", description = "The report as CSV",
            content = @Content(mediaType = MediaType.TEXT_CSV, schema = @Schema(type = "string")))
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public HttpResponse<String> exportEqualityCsv(@Parameter(hidden = true) Actor actor, @Nullable LocalDate from, @Nullable LocalDate to) {
        EqualityReport report = reports.read(actor, from, to, EqualityReports.Format.CSV);
        return HttpResponse.ok(EqualityCsv.of(report)).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"equality-" + report.from() + "-" + report.to().minusDays(1) + ".csv\"");
    }
}
