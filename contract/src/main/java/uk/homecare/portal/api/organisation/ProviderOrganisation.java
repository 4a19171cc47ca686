package uk.homecare.portal.api.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A care provider organisation: its regulator's identifiers, address and contact e-mail, which are shared by
 * every council it is registered with; {@code registeredSince} is when the caller's council registered it
 * (absent when a provider's administrator reads its own organisation).
 */
@Serdeable
public record ProviderOrganisation(
        UUID id,
        @Schema(example = "Spon End Home Support Ltd") String name,
        Regulator regulator,
        @Schema(example = "1-101234567") String regulatorProviderId,
        @Schema(example = "1-101234568") @Nullable String regulatorLocationId,
        @Schema(example = "AXG01") @Nullable String odsCode,
        @Schema(example = "14 Spon End, Coventry") @Nullable String addressLine,
        @Schema(example = "CV1 3BH") @Nullable String postcode,
        @Schema(example = "office@sponend.example") @Nullable String contactEmail,
        @Nullable LocalDate registeredSince,
        List<ProviderAction> actions) {

    public ProviderOrganisation {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
