package uk.homecare.portal.api.equality;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A person's equality answers to record, replacing any recorded before: only with consent ({@code consentGiven} must be
 * true, else 400 naming it), noting who gave it, against the version loaded (409 when someone changed them since).
 */
@Serdeable
public record EqualityForm(
        @Schema(description = "The person (or their representative) agreed to these answers being recorded", example = "true")
        @NotNull Boolean consentGiven,
        @Schema(example = "PERSON") @NotNull ConsentFrom consentFrom,
        @NotNull @Valid EqualityAnswers answers,
        @Schema(description = "The version you loaded (0 when none were recorded)", maximum = "2147483647", example = "0")
        @NotNull @Min(0) Integer version) {}
