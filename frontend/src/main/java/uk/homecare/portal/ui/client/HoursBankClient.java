package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.hoursbank.DeliveryOperations;
import uk.homecare.portal.api.hoursbank.HoursBankOperations;
import uk.homecare.portal.api.hoursbank.HoursPlanOperations;

/** The hours bank API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface HoursBankClient extends DeliveryOperations<Bearer>, HoursBankOperations<Bearer>, HoursPlanOperations<Bearer> {}
