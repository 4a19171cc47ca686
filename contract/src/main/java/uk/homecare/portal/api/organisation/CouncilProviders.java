package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The providers registered with the caller's council, the regulator a provider registers with there (CQC
 * in England, CIW in Wales, from the council's nation), and what the caller may do ({@code REGISTER}).
 */
@Serdeable
public record CouncilProviders(Regulator regulator, List<ProviderOrganisation> providers, List<ProviderAction> actions) {

    public CouncilProviders {
        providers = providers == null ? List.of() : List.copyOf(providers);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
