package uk.homecare.portal.fhir;

import jakarta.inject.Singleton;
import java.util.UUID;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.chc.ChcPackages;
import uk.homecare.portal.identity.Actor;

/** The FHIR view's one way into the CHC service. */
@Singleton
class ChcPackagesGateway implements ChcGateway {

    private final ChcPackages packages;

    ChcPackagesGateway(ChcPackages packages) {
        this.packages = packages;
    }

    @Override
    public Placed place(Actor partner, String idempotencyKey, ChcPackageForm form) {
        ChcPackages.Placement placement = packages.place(partner, idempotencyKey, form);
        return new Placed(placement.chcPackage(), placement.replayed());
    }

    @Override
    public ChcPackage show(Actor partner, UUID packageId) {
        return packages.show(partner, packageId);
    }
}
