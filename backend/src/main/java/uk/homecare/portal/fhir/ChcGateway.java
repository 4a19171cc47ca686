package uk.homecare.portal.fhir;

import java.util.UUID;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.identity.Actor;

/** What the FHIR view needs of the CHC service: place a package idempotently, and show one the partner placed. */
public interface ChcGateway {

    /** The package, and whether it is the stored answer to an earlier request with the same key. */
    record Placed(ChcPackage chcPackage, boolean replayed) {}

    /** Refuses with a {@code PortalProblem}: invalid fields, a council the partner does not serve, a key reused with another body. */
    Placed place(Actor partner, String idempotencyKey, ChcPackageForm form);

    /** Refuses with a 404 {@code PortalProblem} when the partner did not place it. */
    ChcPackage show(Actor partner, UUID packageId);
}
