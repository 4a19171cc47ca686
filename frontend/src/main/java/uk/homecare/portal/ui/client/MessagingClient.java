package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.messaging.MessagingOperations;

/** Package messages: queries between a provider and its council about a care package, with their replies. */
@Client("${ui.api-url:/}")
public interface MessagingClient extends MessagingOperations<Bearer> {}
