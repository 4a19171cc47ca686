package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A person's flexible-hours plan: each week from {@code startsOn} credits the weekly minutes in force that
 * week, usable for 4 weeks. {@code weeklyMinutes} is the amount in force this week (or at the start, for a
 * plan yet to start); {@code changes} are the changes still to come, by the Monday they take effect.
 * {@code stoppedOn}, when the council ended the plan early, is its last day of care: nothing is credited for
 * a later week nor booked after it. {@code actions} is what the caller may do with the plan now.
 */
@Serdeable
public record HoursPlan(
        UUID id,
        NamedRef person,
        NamedRef provider,
        NamedRef council,
        int weeklyMinutes,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable LocalDate stoppedOn,
        @Schema(description = "Changes of the weekly hours still to come, earliest first") List<HoursChange> changes,
        @Schema(description = "What the caller may do with this plan now") List<PlanAction> actions) {

    public HoursPlan {
        changes = changes == null ? List.of() : List.copyOf(changes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A plan as first made: no change of hours, no early end, no actions. */
    public HoursPlan(UUID id, NamedRef person, NamedRef provider, NamedRef council, int weeklyMinutes, LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        this(id, person, provider, council, weeklyMinutes, startsOn, endsOn, null, List.of(), List.of());
    }
}
