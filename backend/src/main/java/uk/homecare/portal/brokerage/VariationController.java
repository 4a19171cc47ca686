package uk.homecare.portal.brokerage;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationDecline;
import uk.homecare.portal.api.brokerage.VariationForm;
import uk.homecare.portal.api.brokerage.VariationOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Brokerage: variations")
class VariationController implements VariationOperations<Actor> {

    private final ProposingVariation proposing;
    private final VariationResponses responses;
    private final CommissionerBoard board;
    private final Sql sql;

    VariationController(ProposingVariation proposing, VariationResponses responses, CommissionerBoard board, Sql sql) {
        this.proposing = proposing;
        this.responses = responses;
        this.board = board;
        this.sql = sql;
    }

    @Operation(summary = "The package's variations, newest first: the terms before and after, status, dates and who")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Variation> listVariations(@Parameter(hidden = true) Actor actor, UUID id) {
        board.carePackage(actor, id);
        return VariationReading.ofPackage(sql, id);
    }

    @Operation(summary = "Propose new terms for an awarded package, from a date, to its provider",
            description = "Weekly minutes and the visit pattern, from today or a later date (field effectiveFrom), and why. The "
                    + "provider has the council's variationResponseDays to answer; unanswered, it lapses. One pending variation "
                    + "at a time, and only while the package is AWARDED: 409 otherwise. Terms the same as those in force: 400.")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Variation proposeVariation(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid VariationForm form) {
        return proposing.propose(actor, id, form);
    }

    @Operation(summary = "Withdraw the package's pending variation",
            description = "Only while it is PROPOSED (409 once answered, lapsed or withdrawn); its provider is told.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Variation withdrawVariation(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid VariationChoice choice) {
        return proposing.withdraw(actor, id, choice);
    }

    @Operation(summary = "The variations of a package awarded to your organisation, newest first")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Variation> listCarePackageVariations(@Parameter(hidden = true) Actor actor, UUID id) {
        sql.one("select 1 from care_package where id = ? and awarded_provider_id = ? and status = 'AWARDED'", row -> true, id,
                actor.homeOrganisation()).orElseThrow(() -> BrokerageProblems.notFound("brokerage.variation.not-yours"));
        return VariationReading.ofPackage(sql, id);
    }

    @Operation(summary = "Accept the pending variation of a package awarded to your organisation",
            description = "Its terms are the package's from its date. Refused (409) once withdrawn, answered or past its answer's time.")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Variation acceptVariation(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid VariationChoice choice) {
        return responses.accept(actor, id, choice);
    }

    @Operation(summary = "Decline the pending variation of a package awarded to your organisation, saying why",
            description = "The terms in force stay. Refused (409) once withdrawn, answered or past its answer's time.")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Variation declineVariation(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid VariationDecline decline) {
        return responses.decline(actor, id, decline);
    }
}
