package uk.homecare.portal.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A partner system that signs in with OAuth2 client credentials. */
@MappedEntity("api_client")
record ApiClient(@Id UUID id, String clientId, String secretHash, UUID organisationId, boolean enabled) {}
