package uk.homecare.portal.consent;

import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.consent.ConsentAction;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;

/**
 * What the caller may do with a consent now: the person themself, or their council's staff who record
 * consents, revoke one that has not ended or been revoked. A carer only sees theirs. The use cases
 * refuse by the same predicates.
 */
final class ConsentActions {

    private ConsentActions() {}

    static List<ConsentAction> of(Actor actor, Standing standing, ConsentRows consent, LocalDate today) {
        return mayRevoke(actor, standing, consent, today) ? List.of(ConsentAction.REVOKE) : List.of();
    }

    static boolean mayManage(Actor actor, Standing standing) {
        return standing != Standing.CARER && Capabilities.has(actor, Capability.RECORD_CONSENT);
    }

    static boolean mayRevoke(Actor actor, Standing standing, ConsentRows consent, LocalDate today) {
        return mayManage(actor, standing) && consent.live(today);
    }

    /** How the caller stands to the person whose consents these are. */
    enum Standing { PERSON, COUNCIL, CARER }
}
