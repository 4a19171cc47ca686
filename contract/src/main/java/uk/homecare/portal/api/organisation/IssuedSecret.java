package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A client and the secret just issued to it: the only time the secret is shown; the portal keeps only its hash. */
@Serdeable
public record IssuedSecret(
        PartnerClient client,
        @Schema(format = "password", description = "Shown this once; store it now") String clientSecret) {}
