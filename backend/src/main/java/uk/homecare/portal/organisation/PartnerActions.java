package uk.homecare.portal.organisation;

import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.organisation.PartnerAction;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;

/** What the caller may do now with NHS partners and their clients; the use cases refuse by the same rules. */
final class PartnerActions {

    private PartnerActions() {}

    static List<PartnerAction> ofList(Actor actor) {
        return manages(actor) ? List.of(PartnerAction.REGISTER) : List.of();
    }

    static List<PartnerAction> ofPartner(Actor actor) {
        return manages(actor) ? List.of(PartnerAction.REGISTER_CLIENT, PartnerAction.CHOOSE_COUNCILS) : List.of();
    }

    /** A disabled client is only enabled again; its secret and key wait until then. */
    static List<PartnerAction> ofClient(Actor actor, boolean enabled) {
        if (!manages(actor)) {
            return List.of();
        }
        return enabled ? List.of(PartnerAction.ROTATE_SECRET, PartnerAction.UPLOAD_PUBLIC_KEY, PartnerAction.DISABLE)
                : List.of(PartnerAction.ENABLE);
    }

    private static boolean manages(Actor actor) {
        return Capabilities.has(actor, Capability.MANAGE_NHS_PARTNERS);
    }
}
