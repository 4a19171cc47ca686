package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.payments.PaymentOperations;

/** Payment schedules (the council's) and remittances (the provider's), as the UI calls them. */
@Client("${ui.api-url:/}")
public interface PaymentsClient extends PaymentOperations<Bearer> {}
