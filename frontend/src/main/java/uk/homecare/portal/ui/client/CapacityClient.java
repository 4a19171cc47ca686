package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.capacity.CapacityOperations;

/** The capacity API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface CapacityClient extends CapacityOperations<Bearer> {}
