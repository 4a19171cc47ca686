package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.outcomes.OutcomeOperations;

/** The outcomes API (monthly KPI snapshots, the outcomes report and its notes, scheduled report e-mails), as the UI calls it. */
@Client("${ui.api-url:/}")
public interface OutcomeClient extends OutcomeOperations<Bearer> {}
