package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.reference.FrameworkOperations;
import uk.homecare.portal.api.reference.LotOperations;
import uk.homecare.portal.api.reference.RateOperations;
import uk.homecare.portal.api.reference.ZoneOperations;

/** The reference data API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface ReferenceClient extends FrameworkOperations<Bearer>, LotOperations<Bearer>, RateOperations<Bearer>, ZoneOperations<Bearer> {}
