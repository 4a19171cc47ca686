package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.api.scoring.ScoringWeights;
import uk.homecare.portal.api.scoring.WeightsForm;
import uk.homecare.portal.ui.client.ScoringClient;

/**
 * Scoring in memory: the council's lots' {@link #weights} a test puts there (a change must add up to 100, else 400 naming
 * weights, as the API says), the {@link #scorecards} of the council's providers by id, and a provider's {@link #own}.
 */
@Singleton
@Replaces(ScoringClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeScoringClient extends FakeApi implements ScoringClient {

    public final Map<UUID, ScoringWeights> weights = new LinkedHashMap<>();
    public final Map<UUID, Scorecard> scorecards = new LinkedHashMap<>();
    public final List<Scorecard> own = new ArrayList<>();
    private final FakeIdentityClient identity;

    public FakeScoringClient(FakeIdentityClient identity) {
        this.identity = identity;
    }

    public void clear() {
        weights.clear();
        scorecards.clear();
        own.clear();
        forgetCalls();
    }

    private Role role(Bearer caller) {
        return identity.me(caller).role();
    }

    @Override
    public List<ScoringWeights> listScoringWeights(Bearer caller) {
        call(caller, null);
        if (role(caller) != Role.COMMISSIONER && role(caller) != Role.ADMIN) {
            throw forbidden();
        }
        return List.copyOf(weights.values());
    }

    @Override
    public ScoringWeights changeScoringWeights(Bearer caller, UUID id, WeightsForm form) {
        call(caller, form);
        if (!identity.may(caller, Capability.EDIT_BROKERAGE_POLICY)) {
            throw forbidden();
        }
        ScoringWeights lot = weights.get(id);
        if (lot == null) {
            throw notFound();
        }
        int sum = form.pricePercent() + form.qualityPercent() + form.performancePercent() + form.continuityPercent();
        if (sum != 100) {
            throw invalid("weights", "The weights must add up to 100; they add up to " + sum + ".");
        }
        ScoringWeights changed = new ScoringWeights(lot.lot(), form.pricePercent(), form.qualityPercent(), form.performancePercent(),
                form.continuityPercent(), true);
        weights.put(id, changed);
        return changed;
    }

    @Override
    public Scorecard showProviderScorecard(Bearer caller, UUID id) {
        call(caller, null);
        if (role(caller) != Role.COMMISSIONER && role(caller) != Role.ADMIN) {
            throw forbidden();
        }
        Scorecard card = scorecards.get(id);
        if (card == null) {
            throw notFound();
        }
        return card;
    }

    @Override
    public List<Scorecard> listOwnScorecards(Bearer caller) {
        call(caller, null);
        if (role(caller) != Role.PROVIDER && role(caller) != Role.PROVIDER_ADMIN) {
            throw forbidden();
        }
        return List.copyOf(own);
    }
}
