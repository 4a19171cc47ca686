package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the event feed, oldest first. Ask again with {@code after=nextCursor}; it is null-safe to keep the last one. */
@Serdeable
public record EventPage(List<PartnerEvent> events, @Nullable String nextCursor) {}
