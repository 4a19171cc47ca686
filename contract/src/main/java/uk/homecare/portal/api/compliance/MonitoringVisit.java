package uk.homecare.portal.api.compliance;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A council's contract monitoring visit to a provider: when, what it found, and the actions it asked for. */
@Serdeable
public record MonitoringVisit(
        UUID id,
        UUID councilId,
        String councilName,
        UUID providerId,
        LocalDate visitedOn,
        String findings,
        Instant recordedAt,
        List<MonitoringAction> actions) {}
