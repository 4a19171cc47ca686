package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageOperations;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Brokerage: commissioners")
class PackageController implements PackageOperations<Actor> {

    private final PackageDrafting drafting;
    private final CommissionerBoard board;
    private final Awarding awarding;
    private final HandingBack handingBack;
    private final IdempotentRequests idempotency;
    private final PackagePlacement placement;
    private final DraftEditing editing;

    PackageController(PackageDrafting drafting, CommissionerBoard board, Awarding awarding, HandingBack handingBack,
            IdempotentRequests idempotency, PackagePlacement placement, DraftEditing editing) {
        this.editing = editing;
        this.placement = placement;
        this.idempotency = idempotency;
        this.drafting = drafting;
        this.board = board;
        this.awarding = awarding;
        this.handingBack = handingBack;
    }

    @Operation(summary = "Draft a care package for a person",
            description = "Visits shorter than the council's minimum visit length are refused (field visitPattern.visitMinutes). "
                    + "Every provider offered the package reads its needs summary before award, so a summary that gives the person's "
                    + "name, NHS number, date of birth, full postcode or address line, or any valid NHS number, is refused (field needsSummary).")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @IdempotentCreation
    @Override
    public CarePackage draftPackage(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey, @Body @Valid PackageForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "draftPackage", idempotencyKey, List.of(form)),
                CarePackage.class, () -> drafting.draft(actor, form), drafted -> drafted.council().id()).body();
    }

    @Operation(summary = "Edit a draft: every field, checked as drafting checks it, against the version you loaded",
            description = "Send the package's version in If-Match (3 or \"3\"); a draft changed since is refused (409), as is a "
                    + "package no longer a draft. Without If-Match: 400. The person's record is rewritten only if no other package "
                    + "or account names it; otherwise it is found or added by NHS number, as when drafting.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage editDraftPackage(@Parameter(hidden = true) Actor actor, UUID id, @Nullable String ifMatch,
            @Body @Valid PackageForm form) {
        return editing.edit(actor, id, ifMatch, form);
    }

    @Operation(summary = "Publish a draft: the cascade offers it to the lot's primary provider (or the first stage with one)",
            description = "The needs summary is checked again against the person's record as it is now (400, field needsSummary).")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage publishPackage(@Parameter(hidden = true) Actor actor, UUID id) {
        return drafting.publish(actor, id);
    }

    @Operation(summary = "The commissioner's board: the council's packages, UNALLOCATED first, then the longest waiting")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<CarePackage> listPackages(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue PackageStatus status) {
        return board.packages(actor, status);
    }

    @Operation(summary = "One package of your council, with the person it is for")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public CarePackage showPackage(@Parameter(hidden = true) Actor actor, UUID id) {
        return board.carePackage(actor, id);
    }

    @Operation(summary = "The bids and acceptances of the package's OPEN stage, to compare")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Bid> listBids(@Parameter(hidden = true) Actor actor, UUID id) {
        return board.bids(actor, id);
    }

    @Operation(summary = "Award the package to one bid; the other bids lose and offers still pending close",
            description = "Awarding a bid whose start is later than the council's start tolerance (Bid.lateStartDays) accepts that "
                    + "start: the award is audited saying so and the provider is told. Awarding a bid that is not at the top of the "
                    + "ranking (Bid.score.awardNeedsReason) needs a reason, kept in the package's history; without one it is refused "
                    + "(422 naming reason) and nothing changes (docs/scoring.md).")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422",
            description = "A bid of the round scores higher: the award needs a reason (errors names reason); nothing changed",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = uk.homecare.portal.api.problem.Problem.MEDIA_TYPE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = uk.homecare.portal.api.problem.Problem.class)))
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage awardPackage(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid AwardForm form) {
        return awarding.awardBid(actor, id, form);
    }

    @Operation(summary = "At its review, move an awarded package to another provider on its lot")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage movePackageAtReview(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid ReviewForm form) {
        return handingBack.moveAtReview(actor, id, form);
    }

    @Operation(summary = "Cancel the package, wherever it is, saying why",
            description = "Offers still open are withdrawn and their providers told; a provider the package was awarded to no "
                    + "longer holds it and is told. The reason stays in the package's history for the council and is not sent "
                    + "to providers. A package already cancelled: 409.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage cancelPackage(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid CancelForm form) {
        placement.cancel(actor, id, form.reason());
        return board.carePackage(actor, id);
    }

    @Operation(summary = "Everything that happened to the package, oldest first, from the audit trail")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<HistoryEntry> packageHistory(@Parameter(hidden = true) Actor actor, UUID id) {
        return board.history(actor, id);
    }
}
