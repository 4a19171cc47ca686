package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.homecare.portal.api.brokerage.PackageStatus.AWARDED;
import static uk.homecare.portal.api.brokerage.PackageStatus.CANCELLED;
import static uk.homecare.portal.api.brokerage.PackageStatus.DRAFT;
import static uk.homecare.portal.api.brokerage.PackageStatus.OPEN;
import static uk.homecare.portal.api.brokerage.PackageStatus.PRIMARY;
import static uk.homecare.portal.api.brokerage.PackageStatus.REVIEW;
import static uk.homecare.portal.api.brokerage.PackageStatus.SECONDARY;
import static uk.homecare.portal.api.brokerage.PackageStatus.UNALLOCATED;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.brokerage.CascadePolicy.EarlyEnd;
import uk.homecare.portal.brokerage.CascadePolicy.Holders;
import uk.homecare.portal.brokerage.CascadePolicy.Windows;
import uk.homecare.portal.testing.MovableClock;

/** The cascade's rules on their own: no database, no application. */
class CascadePolicyTest {

    private static final Holders EVERY_TIER = new Holders(true, true, true);
    private static final Holders NOBODY = new Holders(false, false, false);
    private static final boolean BIDS = true;
    private static final boolean NO_BIDS = false;
    private static final Instant NOON = MovableClock.at(MovableClock.testDay(), LocalTime.NOON);
    private static final Windows WINDOWS = new Windows(60, 90, 120);
    private static final BooleanSupplier NOT_TO_BE_ASKED = () -> {
        throw new AssertionError("who is still to answer does not matter in this stage");
    };

    @Test
    void a_published_package_goes_to_the_primary_provider_first() {
        assertThat(CascadePolicy.next(DRAFT, EVERY_TIER, NO_BIDS)).isEqualTo(PRIMARY);
    }

    @Test
    void a_package_on_a_lot_without_a_primary_provider_starts_with_the_secondary_provider() {
        assertThat(CascadePolicy.next(DRAFT, new Holders(false, true, true), NO_BIDS)).isEqualTo(SECONDARY);
    }

    @Test
    void a_package_on_a_lot_held_only_by_framework_providers_starts_in_the_open_stage() {
        assertThat(CascadePolicy.next(DRAFT, new Holders(false, false, true), NO_BIDS)).isEqualTo(OPEN);
    }

    @Test
    void a_package_on_a_lot_nobody_holds_is_unallocated_at_once() {
        assertThat(CascadePolicy.next(DRAFT, NOBODY, NO_BIDS)).isEqualTo(UNALLOCATED);
    }

    @Test
    void an_unallocated_package_and_a_handed_back_one_start_again_at_the_first_stage_anyone_holds() {
        assertThat(CascadePolicy.next(UNALLOCATED, EVERY_TIER, NO_BIDS)).isEqualTo(PRIMARY);
        assertThat(CascadePolicy.next(AWARDED, new Holders(false, true, false), NO_BIDS)).isEqualTo(SECONDARY);
    }

    @Test
    void a_package_goes_from_primary_to_the_secondary_provider() {
        assertThat(CascadePolicy.next(PRIMARY, EVERY_TIER, NO_BIDS)).isEqualTo(SECONDARY);
    }

    @Test
    void a_package_with_no_secondary_provider_goes_from_primary_straight_to_open() {
        assertThat(CascadePolicy.next(PRIMARY, new Holders(true, false, true), NO_BIDS)).isEqualTo(OPEN);
    }

    @Test
    void the_open_stage_goes_to_every_tier_so_a_lot_held_only_by_its_primary_provider_offers_it_again_in_open() {
        assertThat(CascadePolicy.next(PRIMARY, new Holders(true, false, false), NO_BIDS)).isEqualTo(OPEN);
        assertThat(new Holders(false, true, false).anyoneIn(OPEN)).isTrue();
    }

    @Test
    void a_package_whose_lot_has_lost_every_provider_is_unallocated_when_its_stage_ends() {
        assertThat(CascadePolicy.next(PRIMARY, NOBODY, NO_BIDS)).isEqualTo(UNALLOCATED);
    }

    @Test
    void a_package_goes_from_secondary_to_open() {
        assertThat(CascadePolicy.next(SECONDARY, EVERY_TIER, NO_BIDS)).isEqualTo(OPEN);
    }

    @Test
    void the_open_stage_ends_in_review_when_there_are_bids_and_unallocated_when_there_are_none() {
        assertThat(CascadePolicy.next(OPEN, EVERY_TIER, BIDS)).isEqualTo(REVIEW);
        assertThat(CascadePolicy.next(OPEN, EVERY_TIER, NO_BIDS)).isEqualTo(UNALLOCATED);
    }

    @Test
    void the_cascade_does_not_move_a_package_in_review_or_a_cancelled_one() {
        assertThatThrownBy(() -> CascadePolicy.next(REVIEW, EVERY_TIER, BIDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CascadePolicy.next(CANCELLED, EVERY_TIER, NO_BIDS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_the_three_stages_are_offered_to_anyone() {
        assertThatThrownBy(() -> EVERY_TIER.anyoneIn(REVIEW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_stage_waits_its_councils_window_from_when_it_starts() {
        assertThat(CascadePolicy.windowEnd(PRIMARY, NOON, WINDOWS)).contains(NOON.plus(Duration.ofMinutes(60)));
        assertThat(CascadePolicy.windowEnd(SECONDARY, NOON, WINDOWS)).contains(NOON.plus(Duration.ofMinutes(90)));
        assertThat(CascadePolicy.windowEnd(OPEN, NOON, WINDOWS)).contains(NOON.plus(Duration.ofMinutes(120)));
    }

    @Test
    void review_and_unallocated_wait_for_nobody_so_have_no_window() {
        assertThat(CascadePolicy.windowEnd(REVIEW, NOON, WINDOWS)).isEmpty();
        assertThat(CascadePolicy.windowEnd(UNALLOCATED, NOON, WINDOWS)).isEmpty();
    }

    @Test
    void a_council_that_has_not_set_its_windows_gives_24_hours_24_hours_and_48_hours() {
        assertThat(Windows.DEFAULT).isEqualTo(new Windows(1440, 1440, 2880));
    }

    @Test
    void a_window_over_a_clock_change_is_as_many_minutes_as_any_other_so_it_ends_an_hour_later_on_the_wall_clock() {
        LocalDate springForward = MovableClock.testDay().withMonth(3).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        Instant saturdayNoon = MovableClock.at(springForward.minusDays(1), LocalTime.NOON);

        Instant end = CascadePolicy.windowEnd(PRIMARY, saturdayNoon, Windows.DEFAULT).orElseThrow();

        assertThat(end).isEqualTo(MovableClock.at(springForward, LocalTime.of(13, 0)));
    }

    @Test
    void an_offer_can_be_answered_until_the_instant_its_window_ends_and_lapses_at_that_instant() {
        Instant end = NOON.plus(Duration.ofHours(24));

        assertThat(CascadePolicy.windowHasClosed(end, end.minusNanos(1))).isFalse();
        assertThat(CascadePolicy.windowHasClosed(end, end)).isTrue();
        assertThat(CascadePolicy.windowHasClosed(end, end.plusSeconds(1))).isTrue();
    }

    @Test
    void a_decline_in_primary_or_secondary_ends_the_stage_at_once_whoever_else_the_lot_has() {
        assertThat(CascadePolicy.afterAnswer(OfferStage.PRIMARY, NOT_TO_BE_ASKED)).isEqualTo(EarlyEnd.DECLINED);
        assertThat(CascadePolicy.afterAnswer(OfferStage.SECONDARY, NOT_TO_BE_ASKED)).isEqualTo(EarlyEnd.DECLINED);
    }

    @Test
    void the_open_stage_waits_while_anyone_offered_it_is_still_to_answer() {
        assertThat(CascadePolicy.afterAnswer(OfferStage.OPEN, () -> true)).isEqualTo(EarlyEnd.NOT_YET);
    }

    @Test
    void the_open_stage_ends_early_once_everyone_offered_it_has_answered() {
        assertThat(CascadePolicy.afterAnswer(OfferStage.OPEN, () -> false)).isEqualTo(EarlyEnd.EVERYONE_ANSWERED);
    }
}
