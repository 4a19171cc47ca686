package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.account.AccountOperations;
import uk.homecare.portal.api.account.CouncilOperations;
import uk.homecare.portal.api.identity.Bearer;

/** Administrators' accounts and invitations, and the platform administrator's councils. */
@Client("${ui.api-url:/}")
public interface AccountClient extends AccountOperations<Bearer>, CouncilOperations<Bearer> {}
