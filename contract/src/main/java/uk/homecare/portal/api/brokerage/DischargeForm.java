package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The person came home from hospital on {@code dischargedOn}: today or up to 14 days before, not before the admission. */
@Serdeable
public record DischargeForm(@Schema(example = "2026-12-05") @NotNull LocalDate dischargedOn) {}
