package uk.homecare.portal.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action a monitoring visit asked of the provider, due by a day; {@code overdue} when still open after it. */
@Serdeable
public record MonitoringAction(
        UUID id,
        int number,
        String description,
        LocalDate dueOn,
        MonitoringActionStatus status,
        boolean overdue,
        @Nullable String doneNote,
        @Nullable Instant doneAt,
        List<MonitoringActionStep> allowed) {}
