package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import uk.homecare.portal.api.identity.NamedRef;

/** A report the council has e-mailed monthly to one of its staff, since when. */
@Serdeable
public record ReportSubscription(ScheduledReport report, NamedRef recipient, Instant since) {}
