package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import uk.homecare.portal.api.identity.Role;

/** The role an account is to have from its next request. */
@Serdeable
public record RoleChange(@NotNull Role role) {}
