package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.consent.ConsentOperations;
import uk.homecare.portal.api.identity.Bearer;

/** Carers' consents: who may act for a person, recorded and revoked by the person or their council. */
@Client("${ui.api-url:/}")
public interface ConsentClient extends ConsentOperations<Bearer> {}
