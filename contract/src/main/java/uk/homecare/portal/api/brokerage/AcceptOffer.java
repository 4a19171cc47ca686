package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A provider takes the package on from {@code proposedStart}. */
@Serdeable
public record AcceptOffer(@Schema(example = "2026-12-07") @NotNull LocalDate proposedStart) {}
