package uk.homecare.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The UI's one notion of UK time: the dates people see and choose are UK dates, whatever zone the server
 * runs in and whatever zone its clock reports (the application's clock is UTC).
 */
public final class UkTime {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private UkTime() {}

    /** Today in the UK by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), UK);
    }
}
