package uk.homecare.portal.quality;

import java.util.Map;
import uk.homecare.portal.api.quality.GateName;

/**
 * A gate a provider fails in a council, with the facts that say why, by name: {@code rating}, {@code minimumRating},
 * {@code publishedOn} (MINIMUM_RATING), {@code note}, {@code since} (SUSPENDED_BY_COUNCIL). The facts go into the
 * package's history as they are: never anything about the person the package is for.
 */
public record GateFailure(GateName gate, Map<String, String> facts) {

    public GateFailure {
        facts = Map.copyOf(facts);
    }
}
