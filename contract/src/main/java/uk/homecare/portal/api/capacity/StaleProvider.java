package uk.homecare.portal.api.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import uk.homecare.portal.api.identity.NamedRef;

/** A provider contracted with the council whose last report is older than 7 days, or who never reported. */
@Serdeable
public record StaleProvider(NamedRef provider, @Nullable Instant lastReportedAt) {}
