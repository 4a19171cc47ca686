package uk.homecare.portal.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Councils work in UK time: a day, a week and a window's end are Europe/London's, clock changes included,
 * whatever zone the server runs in and whatever zone the application's clock reports (UTC). Stated once
 * for the backend and the UI.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
