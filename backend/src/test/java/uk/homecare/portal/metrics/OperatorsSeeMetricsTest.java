package uk.homecare.portal.metrics;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.SpecViolations;

@MicronautTest(transactional = false)
class OperatorsSeeMetricsTest extends PortalTest {

    private static final String COMMISSIONER = "commissioner@coventry.demo";

    @Inject
    MetricsListener listener;

    @Inject
    PortalGauges gauges;

    @Test
    void the_metrics_listener_answers_prometheus_text_with_latency_buckets_by_route_template_and_status() throws Exception {
        api().retrieve(api().as(COMMISSIONER, GET("/api/me")), String.class);

        HttpResponse<String> scrape = scrape("GET", "/metrics");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body()).containsPattern(
                "http_server_requests_seconds_bucket\\{[^}]*status=\"200\"[^}]*uri=\"/api/me\"[^}]*le=\"[0-9.]+\"");
        assertThat(scrape.body()).contains("http_server_requests_seconds_count{");
    }

    @Test
    void the_metrics_listener_shows_the_connection_pool_and_the_jvm() throws Exception {
        String body = scrape("GET", "/metrics").body();

        assertThat(body).contains("hikaricp_connections_active{").contains("hikaricp_connections_pending{")
                .contains("jvm_memory_used_bytes{");
    }

    @Test
    void the_gauges_show_a_lapsed_window_the_cascade_has_not_moved_and_an_unallocated_package_per_council() throws Exception {
        CarePackage lapsing = publish(draft());
        CarePackage unallocatedOne = draft();
        execute("update care_package set status = 'UNALLOCATED' where id = ?", unallocatedOne.id());
        clock.advance(Duration.ofDays(5));
        int lapsed = number("""
                select count(*) from care_package where status in ('PRIMARY', 'SECONDARY', 'OPEN') and stage_ends_at <= ?""",
                Timestamp.from(clock.instant()));
        int unallocated = number("""
                select count(*) from care_package p join council c on c.id = p.council_id
                 where c.code = 'coventry' and p.status = 'UNALLOCATED'""");

        gauges.refresh();
        String body = scrape("GET", "/metrics").body();

        assertThat(lapsed).isPositive();
        assertThat(unallocated).isPositive();
        assertThat(body).containsPattern("(?m)^portal_cascade_backlog " + lapsed + "\\.0$");
        assertThat(lapsing.stageEndsAt()).isNotNull();
        assertThat(gauges.readings().cascadeLagSeconds()).isGreaterThanOrEqualTo(
                (double) Duration.between(lapsing.stageEndsAt(), clock.instant()).toSeconds());
        assertThat(body).containsPattern("(?m)^portal_cascade_lag_seconds [0-9.E]+$");
        assertThat(body).containsPattern("(?m)^portal_packages_unallocated\\{council=\"coventry\"} " + unallocated + "\\.0$");
        assertThat(body).containsPattern("(?m)^portal_outbox_pending\\{outbox=\"email\"} [0-9.]+$")
                .containsPattern("(?m)^portal_outbox_oldest_age_seconds\\{outbox=\"webhook\"} [0-9.E]+$")
                .containsPattern("(?m)^portal_outbox_given_up\\{outbox=\"webhook\"} [0-9.]+$");
        assertThat(body).containsPattern("(?m)^portal_metrics_read_seconds " + "[0-9.E]+$");
    }

    @Test
    void webhook_failures_are_counted_per_partner_by_its_ods_code_and_nothing_personal_is_tagged() throws Exception {
        gauges.refresh();
        String body = scrape("GET", "/metrics").body();

        int partners = number("select count(*) from organisation where kind = 'NHS_PARTNER'");
        assertThat(partners).isPositive();
        assertThat(body.lines().filter(line -> line.startsWith("portal_webhook_retrying{partner=\""))).hasSize(partners);
        assertThat(body.lines().filter(line -> line.startsWith("portal_webhook_given_up{partner=\""))).hasSize(partners);
        assertThat(body).doesNotContain("@").doesNotContain("nhsNumber");
    }

    @Test
    void an_address_nobody_routes_is_counted_without_the_words_typed_into_it() throws Exception {
        assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(SpecViolations.offTheSpec(GET("/api/ada-quennell-9434765919")), String.class));

        String body = scrape("GET", "/metrics").body();

        assertThat(body).doesNotContain("ada-quennell").doesNotContain("9434765919");
        assertThat(body).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"40[14]\"");
    }

    @Test
    void the_metrics_listener_answers_only_get_on_its_one_path() throws Exception {
        assertThat(scrape("POST", "/metrics").statusCode()).isEqualTo(405);
        assertThat(scrape("GET", "/prometheus").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/metrics", "/prometheus", "/env", "/beans", "/loggers"})
    void the_public_api_port_serves_no_metrics_nor_any_other_management_endpoint(String path) {
        var refusal = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(SpecViolations.offTheSpec(GET(path)), String.class));

        assertThat(refusal.getStatus().getCode()).isIn(401, 404);
    }

    private CarePackage draft() {
        UUID zone = id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = 'CENTRAL'");
        UUID lot = id("select id from lot where zone_id = ?", zone);
        PackageForm form = new PackageForm(zone, lot, Funding.COUNCIL, 600,
                new VisitPattern(2, 45, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false),
                clock.today().plusDays(7), "Help with washing, dressing and meals after a hip replacement.",
                new PersonDetails("Ada", "Quennell", LocalDate.of(1938, 5, 17), "9434765919", "7 Lavender Row, Earlsdon", "CV5 6AB"));
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages", form)), CarePackage.class);
    }

    private CarePackage publish(CarePackage draft) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + draft.id() + "/publish", "")), CarePackage.class);
    }

    private HttpResponse<String> scrape(String method, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
