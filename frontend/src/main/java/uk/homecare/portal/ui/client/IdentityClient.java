package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.AccountMfaOperations;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.LanguageOperations;
import uk.homecare.portal.api.identity.MeOperations;
import uk.homecare.portal.api.identity.MfaOperations;
import uk.homecare.portal.api.identity.SignInOperations;

/** Signs a person in through the API, reads who they are, and sets up their two-step verification. */
@Client("${ui.api-url:/}")
public interface IdentityClient extends SignInOperations, MeOperations<Bearer>, MfaOperations<Bearer>,
        AccountMfaOperations<Bearer>, LanguageOperations<Bearer> {}
