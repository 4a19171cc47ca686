package uk.homecare.portal.ui.hoursbank;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;

/**
 * Balances for the hours bank tests: a plan of 10 hours a week from {@code firstMonday}. Each week's lot
 * is usable for four weeks, to a Sunday.
 */
record Balances(LocalDate firstMonday) {

    /** A plan whose first lot is usable until this Sunday (today, on a Sunday): it expires within a week. */
    static Balances asOf(MovableClock clock) {
        return new Balances(clock.monday().minusWeeks(3));
    }

    LocalDate firstExpiry() {
        return firstMonday.plusWeeks(4).minusDays(1);
    }

    HoursPlan plan(NamedRef person) {
        return new HoursPlan(UUID.randomUUID(), person, FakeHoursBankClient.PROVIDER, FakeIdentityClient.COVENTRY, 600,
                firstMonday, null);
    }

    /** Two lots: the first with 3 h 30 min left expiring soon, the second untouched; {@code remaining} in all. */
    HoursBalance balance(NamedRef person, int remaining, int expiringSoon) {
        var first = new HoursLot(UUID.randomUUID(), firstMonday, firstExpiry(), 600, 390, 0, 210, expiringSoon > 0);
        var second = new HoursLot(UUID.randomUUID(), firstMonday.plusWeeks(1), firstExpiry().plusWeeks(1), 600, 0, 0, 600, false);
        return new HoursBalance(person, plan(person), remaining, expiringSoon, expiringSoon > 0 ? firstExpiry() : null,
                List.of(first, second), null, List.of());
    }
}
