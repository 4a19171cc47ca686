package uk.homecare.portal.ui.brokerage;

import java.util.List;
import java.util.Optional;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.security.ApiCaller;

/** Every lot of the council's frameworks, read through the reference API. */
final class CouncilLots {

    private CouncilLots() {}

    static Optional<List<Lot>> all(ApiCaller api, ReferenceClient client) {
        return api.fetch(auth -> client.listFrameworks(auth).stream()
                .flatMap(framework -> client.listLots(auth, framework.id()).stream())
                .toList());
    }
}
