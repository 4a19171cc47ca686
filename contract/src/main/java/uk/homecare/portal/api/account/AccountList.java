package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import uk.homecare.portal.api.identity.Role;

/** The accounts the caller looks after, the invitations still pending, and the roles the caller may invite to. */
@Serdeable
public record AccountList(
        List<Account> accounts,
        List<Invitation> invitations,
        @Schema(description = "The roles the caller may invite someone to") List<Role> invitableRoles) {

    public AccountList {
        accounts = List.copyOf(accounts);
        invitations = List.copyOf(invitations);
        invitableRoles = List.copyOf(invitableRoles);
    }
}
