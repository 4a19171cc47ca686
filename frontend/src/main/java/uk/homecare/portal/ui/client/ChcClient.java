package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.chc.ChcCouncilOperations;

/** The council side of CHC, as the UI calls it: requirement, summary, and the postcode-district map. */
@Client("${ui.api-url:/}")
public interface ChcClient extends ChcCouncilOperations<Bearer> {}
