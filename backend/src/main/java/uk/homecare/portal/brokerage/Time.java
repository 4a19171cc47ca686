package uk.homecare.portal.brokerage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in brokerage are the council's dates: UK time. */
final class Time {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private Time() {}

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, UK);
    }
}
