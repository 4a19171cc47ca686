package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.platform.problem.PortalProblem;

class VariationPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2030, 3, 4);
    private static final Instant AT = Instant.parse("2030-03-04T10:00:00Z");
    private static final PackageTerms TERMS = new PackageTerms(600, new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false));

    @Test
    void new_terms_may_start_today_but_not_yesterday() {
        VariationPolicy.checkStarts(DAY, DAY);
        VariationPolicy.checkStarts(DAY.plusDays(1), DAY);
        assertThatThrownBy(() -> VariationPolicy.checkStarts(DAY.minusDays(1), DAY)).isInstanceOf(PortalProblem.class);
    }

    @Test
    void terms_the_same_as_those_in_force_are_no_variation() {
        assertThatThrownBy(() -> VariationPolicy.checkChanges(TERMS, TERMS)).isInstanceOf(PortalProblem.class);
        VariationPolicy.checkChanges(TERMS, new PackageTerms(660, TERMS.visitPattern()));
    }

    @Test
    void the_answer_is_due_the_councils_whole_days_after_the_proposal_and_lapses_at_that_moment() {
        Instant due = VariationPolicy.respondBy(AT, 5);

        assertThat(due).isEqualTo(AT.plus(Duration.ofDays(5)));
        assertThat(VariationPolicy.lapsed(due, due.minusSeconds(1))).isFalse();
        assertThat(VariationPolicy.lapsed(due, due)).isTrue();
    }

    @Test
    void accepted_terms_are_in_force_from_their_date() {
        assertThat(VariationPolicy.inForce(DAY, DAY)).isTrue();
        assertThat(VariationPolicy.inForce(DAY.plusDays(1), DAY)).isFalse();
    }

    @Test
    void an_if_match_carries_the_version_bare_quoted_or_weak() {
        assertThat(VersionTag.parse("3")).isEqualTo(3);
        assertThat(VersionTag.parse("\"3\"")).isEqualTo(3);
        assertThat(VersionTag.parse("W/\"12\"")).isEqualTo(12);
        assertThatThrownBy(() -> VersionTag.parse("abc")).isInstanceOf(PortalProblem.class);
        assertThatThrownBy(() -> VersionTag.parse(null)).isInstanceOf(PortalProblem.class);
    }
}
