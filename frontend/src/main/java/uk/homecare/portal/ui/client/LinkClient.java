package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.account.InvitationOperations;
import uk.homecare.portal.api.account.PasswordResetOperations;

/** What the holder of an e-mailed link does before signing in: accept an invitation, reset a forgotten password. */
@Client("${ui.api-url:/}")
public interface LinkClient extends InvitationOperations, PasswordResetOperations {}
