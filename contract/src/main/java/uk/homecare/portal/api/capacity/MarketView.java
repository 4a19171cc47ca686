package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/** The commissioner's market view: every zone of the council this week, and the providers whose reports are stale. */
@Serdeable
public record MarketView(NamedRef council, LocalDate weekStarts, List<ZoneMarket> zones, List<StaleProvider> staleProviders) {}
