package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/** Every NHS partner organisation, every council a partner may serve, and what the caller may do ({@code REGISTER}). */
@Serdeable
public record NhsPartners(List<NhsPartner> partners, List<NamedRef> councils, List<PartnerAction> actions) {

    public NhsPartners {
        partners = partners == null ? List.of() : List.copyOf(partners);
        councils = councils == null ? List.of() : List.copyOf(councils);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
