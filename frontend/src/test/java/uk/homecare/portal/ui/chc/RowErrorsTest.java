package uk.homecare.portal.ui.chc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;

/** Whichever way the validator writes a list element's path, the error finds its line and field. */
class RowErrorsTest {

    private static Problem problem(String... fields) {
        return new Problem("about:blank", "Invalid input", 400, null,
                java.util.Arrays.stream(fields).map(f -> new Problem.FieldError(f, "wrong")).toList());
    }

    @Test
    void theLineIsTheIndexInThePathAndTheFieldItsLastName() {
        for (String path : List.of("district[2]", "map[2].district", "changePostcodeDistricts.map[2].district",
                "<list element>[2].district", "[2].district")) {
            assertThat(RowErrors.index(path)).as(path).isEqualTo(2);
            assertThat(RowErrors.field(path)).as(path).isEqualTo("district");
        }
    }

    @Test
    void errorsAreGivenToTheirLineAndTheRestToNone() {
        Problem problem = problem("map[0].zoneId", "map[1].district", "zoneId", "map[7].district");
        assertThat(RowErrors.of(problem, 1).errors()).extracting(Problem.FieldError::field).containsExactly("district");
        assertThat(RowErrors.of(problem, 0).errors()).extracting(Problem.FieldError::field).containsExactly("zoneId");
        assertThat(RowErrors.ofNoRow(problem, 2)).extracting(Problem.FieldError::field)
                .containsExactly("zoneId", "map[7].district");
    }
}
