package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/** A person's flexible-hours plan: each week from {@code startsOn} credits {@code weeklyMinutes}, usable for 4 weeks. */
@Serdeable
public record HoursPlan(
        UUID id,
        NamedRef person,
        NamedRef provider,
        NamedRef council,
        int weeklyMinutes,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
