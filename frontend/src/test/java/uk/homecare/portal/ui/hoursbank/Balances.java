package uk.homecare.portal.ui.hoursbank;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;

/** Balances for the hours bank tests: a plan of 10 hours a week from Monday 2 November 2026. */
final class Balances {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate FIRST_EXPIRY = LocalDate.of(2026, 11, 29);

    private Balances() {}

    static HoursPlan plan(NamedRef person) {
        return new HoursPlan(UUID.randomUUID(), person, FakeHoursBankClient.PROVIDER, FakeIdentityClient.COVENTRY, 600,
                FIRST_MONDAY, null);
    }

    /** Two lots: the first with 3 h 30 min left expiring soon, the second untouched; {@code remaining} in all. */
    static HoursBalance balance(NamedRef person, int remaining, int expiringSoon) {
        var first = new HoursLot(UUID.randomUUID(), FIRST_MONDAY, FIRST_EXPIRY, 600, 390, 0, 210, expiringSoon > 0);
        var second = new HoursLot(UUID.randomUUID(), FIRST_MONDAY.plusWeeks(1), FIRST_EXPIRY.plusWeeks(1), 600, 0, 0, 600, false);
        return new HoursBalance(person, plan(person), remaining, expiringSoon, expiringSoon > 0 ? FIRST_EXPIRY : null,
                List.of(first, second));
    }
}
