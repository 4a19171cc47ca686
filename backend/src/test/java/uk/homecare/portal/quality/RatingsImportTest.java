package uk.homecare.portal.quality;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.quality.RatingChangeKind;
import uk.homecare.portal.api.quality.ImportedChange;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.RatingsImportReport;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class RatingsImportTest extends PortalTest {

    static final String PLATFORM = "platform@homecare.demo";
    static final String SPON_END = "provider@coventry.demo";
    static final String COMMISSIONER = "commissioner@coventry.demo";

    MutableHttpRequest<byte[]> upload(String user, byte[] file) {
        return api().as(user, POST("/api/regulator-ratings/imports", file).contentType(MediaType.of("text/csv")));
    }

    record Answer(int status, RatingsImportReport report) {}

    Answer send(byte[] file) {
        HttpResponse<RatingsImportReport> response = api().exchange(upload(PLATFORM, file), RatingsImportReport.class);
        return new Answer(response.code(), response.body());
    }

    static ImportedChange change(RatingsImportReport report, String location) {
        return report.flagged().stream().filter(c -> c.locationId().equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError(location + " is not flagged"));
    }

    @Test
    void an_import_flags_new_locations_the_next_flags_changed_new_and_withdrawn_and_the_same_file_again_changes_nothing() {
        Answer first = send(RatingsFileTest.sample("cqc-latest-ratings-1.csv"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.report().alreadyImported()).isFalse();
        assertThat(first.report().locationsRead()).isEqualTo(4);
        assertThat(first.report().newLocations()).isEqualTo(4);
        assertThat(first.report().flagged()).as("the portal's providers' locations; Kingswood House is only counted")
                .extracting(ImportedChange::locationId).containsExactlyInAnyOrder("1-9698924284", "1-3018807828", "1-7638440038");
        assertThat(change(first.report(), "1-9698924284")).satisfies(spon -> {
            assertThat(spon.kind()).isEqualTo(RatingChangeKind.NEW);
            assertThat(spon.to()).isEqualTo(Rating.GOOD);
            assertThat(spon.provider().name()).isEqualTo("Spon End Home Support Ltd");
        });

        Answer second = send(RatingsFileTest.sample("cqc-latest-ratings-2.csv"));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.report()).satisfies(report -> {
            assertThat(report.newLocations()).isEqualTo(1);
            assertThat(report.changedLocations()).isEqualTo(1);
            assertThat(report.withdrawnLocations()).isEqualTo(1);
            assertThat(report.unchangedLocations()).isEqualTo(2);
        });
        assertThat(change(second.report(), "1-9698924284")).satisfies(spon -> {
            assertThat(spon.kind()).isEqualTo(RatingChangeKind.CHANGED);
            assertThat(spon.from()).isEqualTo(Rating.GOOD);
            assertThat(spon.to()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
            assertThat(spon.publishedOn()).hasToString("2025-11-14");
        });
        assertThat(change(second.report(), "1-7638440038").kind()).isEqualTo(RatingChangeKind.WITHDRAWN);
        assertThat(change(second.report(), "1-7397429079")).satisfies(earlsdon -> {
            assertThat(earlsdon.kind()).isEqualTo(RatingChangeKind.NEW);
            assertThat(earlsdon.to()).isEqualTo(Rating.INADEQUATE);
        });
        int imports = number("select count(*) from rating_import");
        int changes = number("select count(*) from rating_change");

        Answer again = send(RatingsFileTest.sample("cqc-latest-ratings-2.csv"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.report().alreadyImported()).isTrue();
        assertThat(again.report().importId()).isEqualTo(second.report().importId());
        assertThat(number("select count(*) from rating_import")).isEqualTo(imports);
        assertThat(number("select count(*) from rating_change")).isEqualTo(changes);
        assertThat(number("select count(*) from audit_event where action = 'RATINGS_IMPORTED'")).isEqualTo(imports);

        List<ProviderStanding> own = api().retrieve(api().as(SPON_END, GET("/api/my-organisation/standing")),
                Argument.listOf(ProviderStanding.class));
        assertThat(own).isNotEmpty().allSatisfy(standing -> {
            assertThat(standing.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
            assertThat(standing.locations()).singleElement().satisfies(location -> {
                assertThat(location.history()).extracting(c -> c.to()).containsExactly(Rating.REQUIRES_IMPROVEMENT, Rating.GOOD);
                assertThat(location.history().getFirst().importId()).isEqualTo(second.report().importId());
            });
        });
        List<ProviderStanding> council = api().retrieve(api().as(COMMISSIONER, GET("/api/provider-standings")),
                Argument.listOf(ProviderStanding.class));
        assertThat(council).filteredOn(s -> s.provider().name().startsWith("Canley Ford")).singleElement().satisfies(canley -> {
            assertThat(canley.rating()).as("its only location is withdrawn: no listed location").isNull();
            assertThat(canley.locations()).singleElement().satisfies(l -> assertThat(l.withdrawnAt()).isNotNull());
        });
        assertThat(council).filteredOn(s -> s.provider().name().startsWith("Earlsdon Terrace")).singleElement()
                .satisfies(earlsdon -> assertThat(earlsdon.rating()).isEqualTo(Rating.INADEQUATE));
    }

    @Test
    void a_malformed_file_is_refused_whole_naming_every_row_at_fault_and_nothing_changes() {
        int locations = number("select count(*) from regulator_location");
        int imports = number("select count(*) from rating_import");

        HttpClientResponseException refused = api().refusal(upload(PLATFORM, RatingsFileTest.sample("cqc-latest-ratings-malformed.csv")));
        Problem problem = Api.problemOf(refused);

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("urn:homecare-portal:problem:ratings-file-refused");
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("lines[3].latest_rating", "lines[4].publication_date", "lines[5].location_id");
        assertThat(problem.errors().get(1).message()).containsIgnoringCase("Publication Date");
        assertThat(number("select count(*) from regulator_location")).isEqualTo(locations);
        assertThat(number("select count(*) from rating_import")).isEqualTo(imports);
    }

    @Test
    void a_ciw_file_is_rated_by_each_services_worst_theme() {
        Answer answer = send(RatingsFileTest.sample("ciw-services.csv"));

        assertThat(answer.status()).isIn(200, 201);
        assertThat(number("select count(*) from regulator_location where regulator = 'CIW' and location_id = 'SIN-00040582-XYCT'"
                + " and rating = 'REQUIRES_IMPROVEMENT' and published_on = '2025-07-14'")).isOne();
        assertThat(number("select count(*) from regulator_location where regulator = 'CIW' and location_id = 'SIN-00015929-WTBQ'"
                + " and rating = 'NOT_YET_RATED' and published_on is null")).isOne();
    }

    @Test
    void two_imports_of_the_same_file_racing_import_it_once() throws Exception {
        byte[] file = (new String(RatingsFileTest.sample("ciw-services.csv"), StandardCharsets.UTF_8)
                + "SIN-00030546-MTXU,Merthyr Mawr Care,Domiciliary Support Service,Bridgend,SIN-00081442-XFAM,Merthyr Mawr Care Partners Ltd,"
                + "2025-01-20,Good,Good,Good,\n").getBytes(StandardCharsets.UTF_8);
        api().tokenFor(PLATFORM);

        List<Answer> answers = Race.of(2, racer -> send(file));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 200);
        assertThat(answers).extracting(a -> a.report().importId()).containsOnly(answers.getFirst().report().importId());
        assertThat(number("select count(*) from rating_import where file_sha256 = ?", RatingsImport.sha256(file))).isOne();
    }

    @Test
    void only_the_platform_administrator_imports() {
        assertThat(api().refusal(upload(COMMISSIONER, RatingsFileTest.sample("ciw-services.csv"))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(upload(SPON_END, RatingsFileTest.sample("ciw-services.csv"))).getStatus().getCode()).isEqualTo(403);
    }
}
