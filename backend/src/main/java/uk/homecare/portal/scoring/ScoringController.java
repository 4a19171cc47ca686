package uk.homecare.portal.scoring;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.api.scoring.ScoringOperations;
import uk.homecare.portal.api.scoring.ScoringWeights;
import uk.homecare.portal.api.scoring.WeightsForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Scoring")
class ScoringController implements ScoringOperations<Actor> {

    private final WeightsKeeping weights;
    private final Scorecards scorecards;

    ScoringController(WeightsKeeping weights, Scorecards scorecards) {
        this.weights = weights;
        this.scorecards = scorecards;
    }

    @Operation(summary = "Your council's lots, each with the weights its bids are ranked by (docs/scoring.md)",
            description = "A lot whose weights the council has not set is ranked by the portal's default (price 40, quality 40, "
                    + "performance 10, continuity 10): setByCouncil false.")
    @StandardProblems
    @Secured({"COMMISSIONER", "ADMIN"})
    @Override
    public List<ScoringWeights> listScoringWeights(@Parameter(hidden = true) Actor actor) {
        return weights.ofCouncil(actor);
    }

    @Operation(summary = "Set the weights a lot's bids are ranked by (commissioners only; audited)",
            description = "Whole percentages, each 0 to 100, summing to 100 (else 400 naming weights). Bids are ranked by the "
                    + "weights in force when they are listed or awarded.")
    @StandardProblems
    @InvalidBodyProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Secured("COMMISSIONER")
    @Override
    public ScoringWeights changeScoringWeights(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid WeightsForm form) {
        return weights.change(actor, id, form);
    }

    @Operation(summary = "A provider's scorecard with your council: the figures its bids are scored by, month by month",
            description = "The last 12 months, the current one so far. Any provider registered with your council; another is 404.")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Secured({"COMMISSIONER", "ADMIN"})
    @Override
    public Scorecard showProviderScorecard(@Parameter(hidden = true) Actor actor, UUID id) {
        return scorecards.ofCouncilsProvider(actor, id);
    }

    @Operation(summary = "Your organisation's scorecard with each council it serves, month by month",
            description = "The figures the council's commissioners see, and score your bids by; never another provider's.")
    @StandardProblems
    @Secured({"PROVIDER", "PROVIDER_ADMIN"})
    @Override
    public List<Scorecard> listOwnScorecards(@Parameter(hidden = true) Actor actor) {
        return scorecards.own(actor);
    }
}
