package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The person went into hospital on {@code admittedOn}: today or up to 14 days before. */
@Serdeable
public record AdmissionForm(@Schema(example = "2026-12-01") @NotNull LocalDate admittedOn) {}
