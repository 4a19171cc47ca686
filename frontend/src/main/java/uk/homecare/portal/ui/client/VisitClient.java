package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.visits.VisitOperations;

/** Visit actuals and ECM imports, as the UI calls them with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface VisitClient extends VisitOperations<Bearer> {}
