package uk.homecare.portal.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The test's clock, the one place every test (backend and UI) takes "now" from. It starts at noon, UK time,
 * on the test day and stands still until a test moves it, so windows lapse without sleeping.
 *
 * <p>The test day is the system property {@value #TEST_DAY} ({@code yyyy-mm-dd}), so the whole suite can
 * run as if it were another day ({@code ./portal test -Dportal.test.today=2027-03-28}); without it, it is
 * today in the UK, read here once. Nothing else in the tests reads the wall clock or the system time zone.
 */
@Singleton
@Replaces(Clock.class)
@Requires(env = "test")
public final class MovableClock extends Clock {

    public static final String TEST_DAY = "portal.test.today";
    public static final ZoneId UK = uk.homecare.portal.api.UkTime.ZONE;

    private static final LocalDate DAY = readTestDay();

    private final AtomicReference<Instant> now = new AtomicReference<>(at(DAY, LocalTime.NOON));

    /** The day the suite runs as. */
    public static LocalDate testDay() {
        return DAY;
    }

    /** An instant given as UK wall time: {@code at(day, 10:00)} is ten in the morning in the UK, whatever the season. */
    public static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(UK).toInstant();
    }

    private static LocalDate readTestDay() {
        String day = System.getProperty(TEST_DAY, "").strip();
        if (day.isEmpty()) {
            return LocalDate.now(Clock.system(UK));
        }
        try {
            return LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(TEST_DAY + " must be a date such as 2027-03-28, not '" + day + "'", e);
        }
    }

    public void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves the clock to a UK wall time on a day. */
    public void set(LocalDate day, LocalTime time) {
        set(at(day, time));
    }

    /** Today in the UK, by this clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), UK);
    }

    /** The Monday of this clock's UK week. */
    public LocalDate monday() {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving instant seen in another zone (not a frozen copy, and not this clock's UTC). */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moving = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return moving.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }
        };
    }
}
