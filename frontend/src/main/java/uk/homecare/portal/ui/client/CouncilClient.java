package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.audit.AuditTrailOperations;
import uk.homecare.portal.api.council.CouncilSettingsOperations;
import uk.homecare.portal.api.identity.Bearer;

/** What the council's administrator keeps: the council's settings and its audit trail. */
@Client("${ui.api-url:/}")
public interface CouncilClient extends CouncilSettingsOperations<Bearer>, AuditTrailOperations<Bearer> {}
