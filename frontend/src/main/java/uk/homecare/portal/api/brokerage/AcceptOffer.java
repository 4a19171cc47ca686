package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A provider takes the package on from {@code proposedStart}. */
@Serdeable
public record AcceptOffer(@NotNull LocalDate proposedStart) {}
