package uk.homecare.portal.organisation;

import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;

/** What the caller may do now with the council's providers, or a provider organisation; the use cases refuse by the same rules. */
final class ProviderActions {

    private ProviderActions() {}

    static List<ProviderAction> ofList(Actor actor) {
        return Capabilities.has(actor, Capability.REGISTER_PROVIDERS) ? List.of(ProviderAction.REGISTER) : List.of();
    }

    /** A registration ends only once the provider holds none of the council's lots. */
    static List<ProviderAction> ofRegistered(Actor actor, boolean holdsLots) {
        List<ProviderAction> actions = new ArrayList<>();
        if (Capabilities.has(actor, Capability.REGISTER_PROVIDERS) && !holdsLots) {
            actions.add(ProviderAction.UNLINK);
        }
        return actions;
    }

    static List<ProviderAction> ofOwn(Actor actor) {
        return Capabilities.has(actor, Capability.EDIT_OWN_ORGANISATION) ? List.of(ProviderAction.EDIT) : List.of();
    }
}
