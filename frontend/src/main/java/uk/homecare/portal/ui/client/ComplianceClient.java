package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.compliance.ComplianceOperations;
import uk.homecare.portal.api.identity.Bearer;

/** Providers' compliance documents and councils' monitoring visits, as the UI calls them. */
@Client("${ui.api-url:/}")
public interface ComplianceClient extends ComplianceOperations<Bearer> {}
