package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.hoursbank.DrawOrder.Drawn;
import uk.homecare.portal.hoursbank.DrawOrder.Held;
import uk.homecare.portal.hoursbank.DrawOrder.Lot;
import uk.homecare.portal.hoursbank.DrawOrder.Refused;
import uk.homecare.portal.hoursbank.DrawOrder.Take;
import uk.homecare.portal.testing.MovableClock;

/** The draw order on its own: no database, no application. Dates are reckoned from the test day's Monday. */
class DrawOrderTest {

    private static final LocalDate MONDAY = MovableClock.testDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    /** The lot of the week beginning {@code weeksAgo} Mondays before this one, usable to its fourth Sunday. */
    private static Lot lot(int weeksAgo, int remainingMinutes) {
        LocalDate monday = MONDAY.minusWeeks(weeksAgo);
        return new Lot(UUID.randomUUID(), monday, monday.plusDays(27), remainingMinutes, false);
    }

    private static Lot expired(Lot lot) {
        return new Lot(lot.id(), lot.usableFrom(), lot.usableUntil(), lot.remainingMinutes(), true);
    }

    @Test
    void a_session_draws_from_the_lot_that_expires_first() {
        Lot older = lot(2, 300);
        Lot newer = lot(0, 300);

        assertThat(DrawOrder.draw(List.of(newer, older), MONDAY, 60)).isEqualTo(new Drawn(List.of(new Take(older.id(), 60))));
    }

    @Test
    void a_session_longer_than_the_first_lot_holds_takes_the_rest_from_the_next_to_expire() {
        Lot oldest = lot(3, 45);
        Lot older = lot(1, 300);
        Lot newest = lot(0, 300);

        assertThat(DrawOrder.draw(List.of(newest, older, oldest), MONDAY, 120))
                .isEqualTo(new Drawn(List.of(new Take(oldest.id(), 45), new Take(older.id(), 75))));
    }

    @Test
    void a_lot_is_usable_from_its_monday_to_its_fourth_sunday_and_not_a_day_either_side() {
        Lot lot = lot(0, 60);

        assertThat(DrawOrder.usableOn(List.of(lot), MONDAY)).containsExactly(lot);
        assertThat(DrawOrder.usableOn(List.of(lot), MONDAY.plusDays(27))).containsExactly(lot);
        assertThat(DrawOrder.usableOn(List.of(lot), MONDAY.minusDays(1))).isEmpty();
        assertThat(DrawOrder.usableOn(List.of(lot), MONDAY.plusDays(28))).isEmpty();
    }

    @Test
    void an_expired_lot_and_an_empty_one_are_passed_over() {
        Lot spent = lot(2, 0);
        Lot gone = expired(lot(1, 120));
        Lot current = lot(0, 120);

        assertThat(DrawOrder.draw(List.of(spent, gone, current), MONDAY, 30)).isEqualTo(new Drawn(List.of(new Take(current.id(), 30))));
    }

    @Test
    void lots_that_expire_the_same_day_are_drawn_from_the_earlier_starting_first() {
        Lot later = new Lot(UUID.randomUUID(), MONDAY, MONDAY.plusDays(27), 60, false);
        Lot earlier = new Lot(UUID.randomUUID(), MONDAY.minusDays(7), MONDAY.plusDays(27), 60, false);

        assertThat(DrawOrder.usableOn(List.of(later, earlier), MONDAY)).containsExactly(earlier, later);
    }

    @Test
    void a_session_the_lots_cannot_cover_is_refused_with_the_most_that_can_be_used_that_day_and_nothing_is_drawn() {
        Lot usable = lot(1, 90);
        Lot notYet = lot(-1, 600);

        assertThat(DrawOrder.draw(List.of(usable, notYet), MONDAY, 91)).isEqualTo(new Refused(90));
    }

    @Test
    void a_session_that_uses_every_minute_left_that_day_is_drawn() {
        Lot older = lot(1, 30);
        Lot newer = lot(0, 60);

        assertThat(DrawOrder.draw(List.of(older, newer), MONDAY, 90))
                .isEqualTo(new Drawn(List.of(new Take(older.id(), 30), new Take(newer.id(), 60))));
    }

    @Test
    void a_person_with_no_lots_is_refused_with_nothing_to_use() {
        assertThat(DrawOrder.draw(List.of(), MONDAY, 30)).isEqualTo(new Refused(0));
    }

    @Test
    void a_session_draws_at_least_a_minute() {
        assertThatThrownBy(() -> DrawOrder.draw(List.of(lot(0, 60)), MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cancellation_gives_everything_back_to_the_lot_that_expires_last_first() {
        Held older = new Held(UUID.randomUUID(), MONDAY.plusDays(13), 45);
        Held newer = new Held(UUID.randomUUID(), MONDAY.plusDays(27), 75);

        assertThat(DrawOrder.giveBack(List.of(older, newer), null))
                .containsExactly(new Take(newer.lot(), 75), new Take(older.lot(), 45));
    }

    @Test
    void a_shorter_delivery_gives_back_only_the_difference_latest_expiring_lot_first() {
        Held older = new Held(UUID.randomUUID(), MONDAY.plusDays(13), 45);
        Held newer = new Held(UUID.randomUUID(), MONDAY.plusDays(27), 30);

        assertThat(DrawOrder.giveBack(List.of(older, newer), 40)).containsExactly(new Take(newer.lot(), 30), new Take(older.lot(), 10));
        assertThat(DrawOrder.giveBack(List.of(older, newer), 0)).isEmpty();
    }

    @Test
    void a_lot_the_booking_no_longer_holds_anything_of_gets_nothing_back() {
        Held givenBackAlready = new Held(UUID.randomUUID(), MONDAY.plusDays(27), 0);
        Held stillHeld = new Held(UUID.randomUUID(), MONDAY.plusDays(13), 20);

        assertThat(DrawOrder.giveBack(List.of(givenBackAlready, stillHeld), null)).containsExactly(new Take(stillHeld.lot(), 20));
        assertThat(DrawOrder.giveBack(List.of(), null)).isEmpty();
    }
}
