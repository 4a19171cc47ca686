package uk.homecare.portal.api.consent;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A carer's account of the council, to choose when recording a consent. */
@Serdeable
public record CarerAccount(
        UUID id,
        @Schema(example = "Daniel Okafor") String displayName,
        @Schema(example = "daniel.okafor") String username) {}
