package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.testing.MovableClock;

/** When a provider may propose to start, by example: no database, no application. */
class StartToleranceTest {

    private static final LocalDate TODAY = MovableClock.testDay();
    private static final LocalDate REQUESTED = TODAY.plusDays(7);
    private static final StartTolerance FOURTEEN_DAYS = new StartTolerance(REQUESTED, TODAY, 14);

    @Test
    void an_acceptance_from_the_requested_day_to_the_tolerance_after_it_is_allowed() {
        assertThatCode(() -> FOURTEEN_DAYS.checkAcceptance("proposedStart", REQUESTED, false)).doesNotThrowAnyException();
        assertThatCode(() -> FOURTEEN_DAYS.checkAcceptance("proposedStart", REQUESTED.plusDays(14), false)).doesNotThrowAnyException();
        assertThat(FOURTEEN_DAYS.latest()).isEqualTo(REQUESTED.plusDays(14));
    }

    @Test
    void an_acceptance_a_day_beyond_the_tolerance_is_refused_saying_the_latest_day_and_that_a_bid_may_propose_it() {
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkAcceptance("proposedStart", REQUESTED.plusDays(15), false))
                .isInstanceOfSatisfying(PortalProblem.class, problem ->
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("proposedStart");
                        assertThat(error.message()).contains(REQUESTED.plusDays(14).toString(), "14 days",
                                "proposed as a bid if the package opens for bids");
                    }));
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkAcceptance("proposedStart", REQUESTED.plusDays(15), true))
                .isInstanceOfSatisfying(PortalProblem.class, problem ->
                        assertThat(problem.errors().getFirst().message()).contains("send a bid instead"));
    }

    @Test
    void a_bid_beyond_the_tolerance_is_taken_and_says_how_many_days_later_it_is() {
        assertThat(FOURTEEN_DAYS.checkBid("proposedStart", REQUESTED.plusDays(14))).isZero();
        assertThat(FOURTEEN_DAYS.checkBid("proposedStart", REQUESTED.plusDays(23))).isEqualTo(9);
        assertThat(FOURTEEN_DAYS.checkBid("proposedStart", REQUESTED.plusDays(StartTolerance.LIMIT_DAYS)))
                .isEqualTo(StartTolerance.LIMIT_DAYS - 14);
    }

    @Test
    void a_bid_beyond_the_hard_limit_is_refused_naming_the_field_and_the_last_day() {
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkBid("proposedStart", REQUESTED.plusDays(StartTolerance.LIMIT_DAYS + 1)))
                .isInstanceOfSatisfying(PortalProblem.class, problem ->
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("proposedStart");
                        assertThat(error.message()).contains(REQUESTED.plusDays(StartTolerance.LIMIT_DAYS).toString());
                    }));
    }

    @Test
    void a_start_before_the_requested_day_is_refused_and_one_in_the_past_says_so_whether_accepted_or_bid() {
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkAcceptance("proposedStart", REQUESTED.minusDays(1), false))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> assertThat(problem.getMessage()).contains(REQUESTED.toString()));
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkBid("proposedStart", REQUESTED.minusDays(1)))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> assertThat(problem.getMessage()).contains(REQUESTED.toString()));
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkAcceptance("proposedStart", TODAY.minusDays(1), false))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> assertThat(problem.getMessage()).contains("past"));
        assertThatThrownBy(() -> FOURTEEN_DAYS.checkBid("proposedStart", TODAY.minusDays(1)))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> assertThat(problem.getMessage()).contains("past"));
    }

    @Test
    void once_the_requested_day_has_passed_the_tolerance_and_the_limit_run_from_today() {
        var late = new StartTolerance(TODAY.minusDays(3), TODAY, 14);

        assertThat(late.earliest()).isEqualTo(TODAY);
        assertThat(late.latest()).isEqualTo(TODAY.plusDays(14));
        assertThat(late.limit()).isEqualTo(TODAY.plusDays(StartTolerance.LIMIT_DAYS));
        assertThatCode(() -> late.checkAcceptance("proposedStart", TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void a_tolerance_of_nought_allows_only_the_requested_day_to_be_accepted_and_marks_any_later_bid() {
        var exact = new StartTolerance(REQUESTED, TODAY, 0);

        assertThatCode(() -> exact.checkAcceptance("proposedStart", REQUESTED, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> exact.checkAcceptance("proposedStart", REQUESTED.plusDays(1), false)).isInstanceOf(PortalProblem.class);
        assertThat(exact.checkBid("proposedStart", REQUESTED.plusDays(1))).isEqualTo(1);
    }
}
