package uk.homecare.portal.api.identity;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in actor: who they are, their role, the council they work in (if one), their
 * organisation (if one), every council they may see, for a carer the people they act for, and what
 * they may do across the portal; and whether they have set up two-step verification (one-time codes) and
 * whether their council requires it of them.
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
        List<Capability> capabilities,
        boolean mfaEnrolled,
        boolean mfaRequired) {

    @Creator
    public Me {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /** Someone without two-step verification whose council does not require it. */
    public Me(UUID id, String username, String displayName, Role role, @Nullable NamedRef council, @Nullable NamedRef organisation,
            List<NamedRef> councils, List<NamedRef> actingFor, String language, List<Capability> capabilities) {
        this(id, username, displayName, role, council, organisation, councils, actingFor, language, capabilities, false, false);
    }

    /** Whether the person must set up two-step verification before anything else: required of them and not set up. */
    public boolean mustEnrolInMfa() {
        return mfaRequired && !mfaEnrolled;
    }

    public boolean may(Capability capability) {
        return capabilities.contains(capability);
    }
}
