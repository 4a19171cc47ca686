package uk.homecare.portal.api.account;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * Administrators' accounts: the ones they look after, inviting people, revoking a pending invitation, and
 * deactivating, reactivating or changing the role of an account. {@code C} is the caller: see
 * {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface AccountOperations<C> {

    @Get("/api/accounts")
    AccountList listAccounts(@Parameter(hidden = true) C caller);

    @Post("/api/invitations")
    @Status(HttpStatus.CREATED)
    Invitation inviteUser(@Parameter(hidden = true) C caller, @Body InvitationForm form);

    @Delete("/api/invitations/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void revokeInvitation(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/accounts/{id}/deactivate")
    Account deactivateAccount(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/accounts/{id}/reactivate")
    Account reactivateAccount(@Parameter(hidden = true) C caller, UUID id);

    @Put("/api/accounts/{id}/role")
    Account changeAccountRole(@Parameter(hidden = true) C caller, UUID id, @Body RoleChange change);
}
