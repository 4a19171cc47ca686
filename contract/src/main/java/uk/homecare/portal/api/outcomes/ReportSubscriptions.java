package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The council's monthly report e-mails, and the staff who may be sent them. */
@Serdeable
public record ReportSubscriptions(List<ReportSubscription> subscriptions, List<ReportRecipient> recipients) {}
