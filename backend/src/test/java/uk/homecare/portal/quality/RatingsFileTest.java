package uk.homecare.portal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.quality.Rating;

class RatingsFileTest {

    static byte[] sample(String name) {
        try (InputStream in = RatingsFileTest.class.getResourceAsStream("/ratings/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cqcs_file_is_read_by_its_overall_rows_and_other_columns_are_ignored() {
        RatingsFile.Read read = RatingsFile.read(sample("cqc-latest-ratings-1.csv"));

        assertThat(read.faults()).isEmpty();
        assertThat(read.regulator()).isEqualTo(Regulator.CQC);
        assertThat(read.rowsRead()).isEqualTo(5);
        assertThat(read.locations()).hasSize(4);
        assertThat(read.locations().getFirst()).satisfies(spon -> {
            assertThat(spon.locationId()).isEqualTo("1-9698924284");
            assertThat(spon.providerId()).isEqualTo("1-7403928141");
            assertThat(spon.rating()).as("the Safe key question's row is not the overall rating").isEqualTo(Rating.GOOD);
            assertThat(spon.publishedOn()).hasToString("2025-03-12");
        });
        assertThat(read.locations()).anySatisfy(l -> assertThat(l.locationName()).isEqualTo("Canley Ford Care Services, Canley"));
    }

    @Test
    void a_malformed_file_names_every_row_at_fault_by_line_and_column() {
        RatingsFile.Read read = RatingsFile.read(sample("cqc-latest-ratings-malformed.csv"));

        assertThat(read.faults()).extracting(FieldError::field)
                .containsExactly("lines[3].latest_rating", "lines[4].publication_date", "lines[5].location_id");
    }

    @Test
    void ciws_file_is_rated_by_its_worst_theme_and_a_service_with_no_theme_rated_is_not_yet_rated() {
        RatingsFile.Read read = RatingsFile.read(sample("ciw-services.csv"));

        assertThat(read.faults()).isEmpty();
        assertThat(read.regulator()).isEqualTo(Regulator.CIW);
        assertThat(read.locations()).extracting(RatingsFile.Location::rating)
                .containsExactly(Rating.REQUIRES_IMPROVEMENT, Rating.NOT_YET_RATED, Rating.GOOD);
        assertThat(read.locations().get(2).publishedOn()).hasToString("2025-03-03");
    }

    @Test
    void a_file_of_neither_regulator_and_a_row_of_the_wrong_width_are_refused() {
        assertThat(RatingsFile.read("Name,Rating\nX,Good\n".getBytes(StandardCharsets.UTF_8)).faults())
                .extracting(FieldError::field).containsExactly("lines[1].header");
        String cqc = new String(sample("cqc-latest-ratings-1.csv"), StandardCharsets.UTF_8) + "1-9698924284,too,short\n";
        assertThat(RatingsFile.read(cqc.getBytes(StandardCharsets.UTF_8)).faults()).extracting(FieldError::field)
                .containsExactly("lines[7].row");
    }

    @Test
    void a_location_listed_twice_is_refused_on_its_second_line() {
        String cqc = new String(sample("cqc-latest-ratings-2.csv"), StandardCharsets.UTF_8);
        String again = cqc.lines().skip(1).findFirst().orElseThrow();

        assertThat(RatingsFile.read((cqc + again + "\n").getBytes(StandardCharsets.UTF_8)).faults()).extracting(FieldError::field)
                .containsExactly("lines[6].location_id");
    }
}
