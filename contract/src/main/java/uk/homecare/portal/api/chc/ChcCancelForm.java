package uk.homecare.portal.api.chc;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The partner cancels a package it placed, saying why (no personal data, please). */
@Serdeable
public record ChcCancelForm(@NotBlank @Size(max = 500) String reason) {}
