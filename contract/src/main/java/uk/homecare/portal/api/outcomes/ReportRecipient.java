package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;

/** An enabled account of the council that may be sent reports, and which: commissioners any, administrators the KPI summary. */
@Serdeable
public record ReportRecipient(UUID id, String name, Role role, List<ScheduledReport> reports) {}
