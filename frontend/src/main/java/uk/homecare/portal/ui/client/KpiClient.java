package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.kpis.KpiOperations;

/** The key performance indicators API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface KpiClient extends KpiOperations<Bearer> {}
