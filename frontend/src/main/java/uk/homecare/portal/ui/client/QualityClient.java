package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.quality.QualityOperations;

/** Regulators' ratings and councils' quality gates, as the UI calls them with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface QualityClient extends QualityOperations<Bearer> {}
