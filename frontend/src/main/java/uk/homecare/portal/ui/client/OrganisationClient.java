package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.organisation.NhsPartnerOperations;
import uk.homecare.portal.api.organisation.ProviderOrganisationOperations;

/** Providers registered with the council, a provider's own details, and NHS partners with their API clients. */
@Client("${ui.api-url:/}")
public interface OrganisationClient extends ProviderOrganisationOperations<Bearer>, NhsPartnerOperations<Bearer> {}
