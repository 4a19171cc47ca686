package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.MeOperations;
import uk.homecare.portal.api.identity.SignInOperations;

/** Signs a person in through the API and reads who they are. */
@Client("${ui.api-url:/}")
public interface IdentityClient extends SignInOperations, MeOperations<Bearer> {}
