package uk.homecare.portal.api.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in actor: who they are, their role, the council they work in (if one), their
 * organisation (if one), every council they may see, for a carer the people they act for, and what
 * they may do across the portal.
 */
@Serdeable
public record Me(
        UUID id,
        String username,
        String displayName,
        Role role,
        @Nullable NamedRef council,
        @Nullable NamedRef organisation,
        List<NamedRef> councils,
        List<NamedRef> actingFor,
        String language,
        List<Capability> capabilities) {

    public Me {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    public boolean may(Capability capability) {
        return capabilities.contains(capability);
    }
}
