package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The variation being accepted or withdrawn: named, so an answer never lands on a newer proposal than the one read. */
@Serdeable
public record VariationChoice(@Schema(example = "5d1c7a2e-3b9f-4e61-8c0a-7f2b9d4e1a33") @NotNull UUID variationId) {}
