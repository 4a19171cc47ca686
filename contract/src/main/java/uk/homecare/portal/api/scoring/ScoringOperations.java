package uk.homecare.portal.api.scoring;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * Scoring: a council's weights per lot for ranking bids, and providers' scorecards. {@code C} is the caller: the UI's
 * clients send a {@link uk.homecare.portal.api.identity.Bearer}, the backend's controller receives the actor it verified.
 */
public interface ScoringOperations<C> {

    @Get("/api/scoring-weights")
    List<ScoringWeights> listScoringWeights(@Parameter(hidden = true) C caller);

    @Put("/api/lots/{id}/scoring-weights")
    ScoringWeights changeScoringWeights(@Parameter(hidden = true) C caller, UUID id, @Body WeightsForm form);

    @Get("/api/provider-organisations/{id}/scorecard")
    Scorecard showProviderScorecard(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/my-organisation/scorecards")
    List<Scorecard> listOwnScorecards(@Parameter(hidden = true) C caller);
}
