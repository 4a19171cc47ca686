package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.equality.EqualityOperations;
import uk.homecare.portal.api.identity.Bearer;

/** Equality monitoring: a person's answers recorded with consent, and the council's report; for commissioners. */
@Client("${ui.api-url:/}")
public interface EqualityClient extends EqualityOperations<Bearer> {}
