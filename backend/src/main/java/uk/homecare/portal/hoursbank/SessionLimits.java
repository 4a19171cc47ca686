package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingLimits;
import uk.homecare.portal.platform.Sql;

/** The limits a session must keep: the booking checks refuse by them, and the balance shows them. */
@Singleton
class SessionLimits {

    private final Sql sql;

    SessionLimits(Sql sql) {
        this.sql = sql;
    }

    /** The council's minimum visit length. */
    int minimumVisit(UUID councilId) {
        return sql.one("select min_visit_minutes from council where id = ?", row -> row.getInt(1), councilId).orElseThrow();
    }

    /** From today (or the plan's start) to the last day that can be booked now ({@link #lastBookable}). */
    BookingLimits of(UUID councilId, @Nullable PlanRow plan, LocalDate today) {
        LocalDate first = plan == null || plan.startsOn().isBefore(today) ? today : plan.startsOn();
        return new BookingLimits(minimumVisit(councilId), BookingForm.LONGEST_MINUTES, first,
                plan == null ? null : lastBookable(plan, today));
    }

    /**
     * The last day of the four-week window: a week's hours are credited on its Monday and usable for four
     * weeks, so the newest hours (this week's) reach to the Sunday four weeks on.
     */
    static LocalDate windowEnd(LocalDate today) {
        return Durations.monday(today).plusDays(USABLE_DAYS - 1);
    }

    /** The last day a session can be booked now: the end of the four-week window, or the plan's last usable day if sooner. */
    static LocalDate lastBookable(PlanRow plan, LocalDate today) {
        LocalDate windowEnd = windowEnd(today);
        LocalDate planEnd = plan.lastUsableDay();
        return planEnd != null && planEnd.isBefore(windowEnd) ? planEnd : windowEnd;
    }

    /** How many days a week's hours can be used, from its Monday: four weeks. */
    static final int USABLE_DAYS = 28;
}
