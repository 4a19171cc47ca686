package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.scoring.ScoringOperations;

/** Bid scoring weights and providers' scorecards, as the UI calls them with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface ScoringClient extends ScoringOperations<Bearer> {}
