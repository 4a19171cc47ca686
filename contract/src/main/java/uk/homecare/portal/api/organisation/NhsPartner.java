package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/** An NHS partner organisation: its ODS code, the councils it serves now, and its API clients. */
@Serdeable
public record NhsPartner(
        UUID id,
        @Schema(example = "NHS Coventry and Warwickshire ICB") String name,
        @Schema(example = "B2M3M") String odsCode,
        List<NamedRef> councils,
        List<PartnerClient> clients,
        List<PartnerAction> actions) {

    public NhsPartner {
        councils = councils == null ? List.of() : List.copyOf(councils);
        clients = clients == null ? List.of() : List.copyOf(clients);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
