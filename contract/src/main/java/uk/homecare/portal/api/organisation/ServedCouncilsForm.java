package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Every council the partner serves from now on: those left out stop being served today, those added start today. */
@Serdeable
public record ServedCouncilsForm(@NotNull @Size(max = 100) List<@NotNull UUID> councilIds) {}
