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
    void a_start_from_the_requested_day_to_the_tolerance_after_it_is_allowed() {
        assertThatCode(() -> FOURTEEN_DAYS.check("proposedStart", REQUESTED)).doesNotThrowAnyException();
        assertThatCode(() -> FOURTEEN_DAYS.check("proposedStart", REQUESTED.plusDays(14))).doesNotThrowAnyException();
        assertThat(FOURTEEN_DAYS.latest()).isEqualTo(REQUESTED.plusDays(14));
    }

    @Test
    void a_start_a_day_beyond_the_tolerance_is_refused_saying_the_latest_day_allowed() {
        assertThatThrownBy(() -> FOURTEEN_DAYS.check("proposedStart", REQUESTED.plusDays(15)))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> {
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("proposedStart");
                        assertThat(error.message()).contains(REQUESTED.plusDays(14).toString(), "14 days");
                    });
                });
    }

    @Test
    void a_start_before_the_requested_day_is_refused_and_one_in_the_past_says_so() {
        assertThatThrownBy(() -> FOURTEEN_DAYS.check("proposedStart", REQUESTED.minusDays(1)))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> assertThat(problem.getMessage()).contains(REQUESTED.toString()));
        assertThatThrownBy(() -> FOURTEEN_DAYS.check("proposedStart", TODAY.minusDays(1)))
                .isInstanceOfSatisfying(PortalProblem.class, problem -> assertThat(problem.getMessage()).contains("past"));
    }

    @Test
    void once_the_requested_day_has_passed_the_tolerance_runs_from_today() {
        var late = new StartTolerance(TODAY.minusDays(3), TODAY, 14);

        assertThat(late.earliest()).isEqualTo(TODAY);
        assertThat(late.latest()).isEqualTo(TODAY.plusDays(14));
        assertThatCode(() -> late.check("proposedStart", TODAY)).doesNotThrowAnyException();
    }

    @Test
    void a_tolerance_of_nought_allows_only_the_requested_day() {
        var exact = new StartTolerance(REQUESTED, TODAY, 0);

        assertThatCode(() -> exact.check("proposedStart", REQUESTED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> exact.check("proposedStart", REQUESTED.plusDays(1))).isInstanceOf(PortalProblem.class);
    }
}
