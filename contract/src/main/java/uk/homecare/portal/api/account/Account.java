package uk.homecare.portal.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;

/**
 * An account an administrator looks after: who, in which role, of which council or organisation, whether it
 * may sign in, what the caller may do to it now and the roles it may be changed to.
 */
@Serdeable
public record Account(
        UUID id,
        @Schema(example = "sam.patel@coventry.gov.uk") String username,
        @Schema(example = "Sam Patel") String displayName,
        Role role,
        @Nullable NamedRef council,
        @Nullable NamedRef organisation,
        boolean enabled,
        List<AccountAction> actions,
        @Schema(description = "The roles the caller may change this account to (CHANGE_ROLE)") List<Role> rolesItMayTake) {

    public Account {
        actions = List.copyOf(actions);
        rolesItMayTake = List.copyOf(rolesItMayTake);
    }
}
