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

    /** From today (or the plan's start) to the plan's last usable day. */
    BookingLimits of(UUID councilId, @Nullable PlanRow plan, LocalDate today) {
        LocalDate first = plan == null || plan.startsOn().isBefore(today) ? today : plan.startsOn();
        return new BookingLimits(minimumVisit(councilId), BookingForm.LONGEST_MINUTES, first,
                plan == null ? null : plan.lastUsableDay());
    }
}
