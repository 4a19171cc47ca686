package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.brokerage.BrokeragePolicyOperations;
import uk.homecare.portal.api.brokerage.DutyOperations;
import uk.homecare.portal.api.brokerage.NotificationOperations;
import uk.homecare.portal.api.brokerage.OfferOperations;
import uk.homecare.portal.api.brokerage.PackageChangeOperations;
import uk.homecare.portal.api.brokerage.PackageOperations;
import uk.homecare.portal.api.brokerage.VariationOperations;

/** The brokerage API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface BrokerageClient extends BrokeragePolicyOperations<Bearer>, NotificationOperations<Bearer>, OfferOperations<Bearer>, PackageOperations<Bearer>,
        VariationOperations<Bearer>, PackageChangeOperations<Bearer>, DutyOperations<Bearer> {}
