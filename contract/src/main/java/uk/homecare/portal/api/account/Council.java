package uk.homecare.portal.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A council on this installation (with its name in Welsh, where it has one), with how many administrators it has and whether one has been invited. */
@Serdeable
public record Council(
        UUID id,
        @Schema(example = "coventry") String code,
        @Schema(example = "Coventry City Council") String name,
        @Schema(description = "Its name in Welsh, where it has one", example = "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", maxLength = 200)
        @Nullable String welshName,
        @Schema(example = "E08000026") @Nullable String odsCode,
        Nation nation,
        @Schema(allowableValues = {"en", "cy"}) String language,
        @Schema(description = "Its active administrators") int administrators,
        @Schema(description = "Administrators invited who have not yet accepted") int invitedAdministrators) {}
