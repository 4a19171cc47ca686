package uk.homecare.portal.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.AdmissionForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.DischargeForm;
import uk.homecare.portal.api.brokerage.EndingForm;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.api.brokerage.PackageChangeOperations;
import uk.homecare.portal.api.brokerage.RejectChangeForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Brokerage: pauses and endings")
class PackageChangeController implements PackageChangeOperations<Actor> {

    private final PausesAndEndings changes;

    PackageChangeController(PausesAndEndings changes) {
        this.changes = changes;
    }

    @Operation(summary = "Report that the person went into hospital; the council confirms it and the package is suspended from that date",
            description = "Only of an AWARDED package your organisation holds, with nothing else awaiting the council (409). The date "
                    + "is today or up to 14 days before (field admittedOn). The council's commissioners are told.")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PackageChange reportAdmission(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid AdmissionForm form) {
        return changes.report(actor, id, ChangeKind.ADMISSION, form.admittedOn(), null, "admittedOn");
    }

    @Operation(summary = "Report that the person came home from hospital; the council confirms it and care resumes",
            description = "Only of a SUSPENDED package your organisation holds (409 otherwise). The date is today or up to 14 days "
                    + "before, not before the admission (field dischargedOn).")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PackageChange reportDischarge(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid DischargeForm form) {
        return changes.report(actor, id, ChangeKind.DISCHARGE, form.dischargedOn(), null, "dischargedOn");
    }

    @Operation(summary = "Report that the care ended: the person died, moved to residential care, or asked for it to end",
            description = "Of an AWARDED or SUSPENDED package your organisation holds (409 otherwise). The date is today or up to "
                    + "14 days before (field endedOn). Once the council confirms it the package is ENDED.")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PackageChange reportEnding(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid EndingForm form) {
        return changes.report(actor, id, ChangeKind.ENDING, form.endedOn(), form.reason(), "endedOn");
    }

    @Operation(summary = "What you reported of a package you hold, and what the council decided, oldest first")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<PackageChange> listHeldPackageChanges(@Parameter(hidden = true) Actor actor, UUID id) {
        return changes.changesOfHeld(actor, id);
    }

    @Operation(summary = "The admissions, discharges and endings reported or recorded of a package of your council, oldest first")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<PackageChange> listPackageChanges(@Parameter(hidden = true) Actor actor, UUID id) {
        return changes.changesOfCouncil(actor, id);
    }

    @Operation(summary = "Confirm what the provider reported: the package is suspended, resumed or ended from its date",
            description = "Nothing awaiting, or a package no longer in a state where it applies: 409. An ending also ends the person's "
                    + "flexible-hours plan with the provider (on today, or the ending date if later). The provider, the person and "
                    + "their carers are told.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage confirmPackageChange(@Parameter(hidden = true) Actor actor, UUID id) {
        return changes.confirm(actor, id);
    }

    @Operation(summary = "Reject what the provider reported, saying why; nothing changes and the provider is told")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage rejectPackageChange(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid RejectChangeForm form) {
        return changes.reject(actor, id, form.reason());
    }

    @Operation(summary = "Resume a suspended package from the person's discharge, without waiting for the provider to report it",
            description = "Only a SUSPENDED package with nothing awaiting the council (409). The provider, the person and their carers are told.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage resumePackage(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid DischargeForm form) {
        return changes.record(actor, id, ChangeKind.DISCHARGE, form.dischargedOn(), null, "dischargedOn");
    }

    @Operation(summary = "End an awarded or suspended package directly, for an ending the council learnt of first",
            description = "Only an AWARDED or SUSPENDED package with nothing awaiting the council (409). The date is today or up to 14 "
                    + "days before (field endedOn).")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage endPackage(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid EndingForm form) {
        return changes.record(actor, id, ChangeKind.ENDING, form.endedOn(), form.reason(), "endedOn");
    }
}
