package uk.homecare.portal.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.ui.i18n.Messages;

class ADatabaseOutageIsSaidAsAMomentTest {

    private final Problems problems = new Problems(new Messages());

    @Test
    void a_503_says_nothing_changed_and_to_try_again_in_a_few_seconds_not_that_something_went_wrong() {
        String said = problems.text(new Problem(ProblemType.SERVICE_UNAVAILABLE.urn(), "Unavailable for a moment", 503,
                "The portal cannot reach its database just now.", null));

        assertThat(said).isEqualTo("The service is unavailable for a moment. Nothing was changed; try again in a few seconds.");
        assertThat(problems.text(new Problem(ProblemType.SERVER_ERROR.urn(), "Something went wrong", 500, null, null)))
                .isEqualTo("Something went wrong on our side. Try again later.");
    }
}
