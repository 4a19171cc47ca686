package uk.homecare.portal.capacity;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.testing.PortalTest;

/** Reporting capacity takes an Idempotency-Key, with the rules of CHC placements (platform.idempotency). */
@MicronautTest(transactional = false)
class IdempotentReportsTest extends PortalTest {

    static final String SPON_END = "provider@coventry.demo";

    MutableHttpRequest<CapacityReportForm> reporting(String key, int staff) {
        UUID coventry = id("select id from council where code = 'coventry'");
        UUID zone = id("select id from zone where council_id = ? and code = 'CENTRAL'", coventry);
        return api().as(SPON_END, POST("/api/capacity-reports", new CapacityReportForm(coventry, zone, 600, 60, false, staff, 1)))
                .header("Idempotency-Key", key);
    }

    int reportsWith(int staff) {
        return number("select count(*) from capacity_report where staff = ?", staff);
    }

    @Test
    void a_report_repeated_with_its_key_answers_the_first_report_and_racing_repeats_store_one() throws Exception {
        String key = UUID.randomUUID().toString();
        int staff = 400 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 400);
        List<MutableHttpRequest<CapacityReportForm>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(reporting(key, staff));
        }

        List<HttpResponse<CapacityReport>> answers = api().race(requests, CapacityReport.class);
        HttpResponse<CapacityReport> later = api().exchange(reporting(key, staff), CapacityReport.class);

        assertThat(answers).extracting(HttpResponse::code).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.body().id()).containsOnly(later.body().id());
        assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(later.body()).isEqualTo(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null).findFirst().orElseThrow().body());
        assertThat(reportsWith(staff)).isOne();
    }

    @Test
    void the_same_key_with_another_report_is_refused_and_stores_nothing() {
        String key = UUID.randomUUID().toString();
        api().retrieve(reporting(key, 801), CapacityReport.class);

        var refused = api().refusal(reporting(key, 802));

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(reportsWith(802)).isZero();
        assertThat(reportsWith(801)).isOne();
    }
}
