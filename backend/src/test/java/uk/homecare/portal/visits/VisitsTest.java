package uk.homecare.portal.visits;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.testing.PortalTest;

/**
 * What visit tests share: Bridgend's demo provider holding a new awarded package (of a new person, care started 30
 * days before the test day), Bridgend's commissioner, and requests to record, list and upload visits.
 */
abstract class VisitsTest extends PortalTest {

    static final String PROVIDER = "provider@bridgend.demo";
    static final String COMMISSIONER = "commissioner@bridgend.demo";
    static final String OTHER_PROVIDER = "provider@coventry.demo";
    static final String OTHER_COMMISSIONER = "commissioner@coventry.demo";
    static final String HEADER = "package_reference,visit_date,planned_start,planned_end,actual_start,actual_end,carers_present,missed,"
            + "variance_reason,variance_note,booking_id";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    record Held(UUID id, String reference, UUID personId) {}

    UUID council(String code) {
        return id("select id from council where code = ?", code);
    }

    UUID organisationOf(String username) {
        return id("select organisation_id from app_user where username = ?", username);
    }

    /** A new Bridgend person and their package, awarded to Bridgend's demo provider, care started 30 days ago. */
    Held heldPackage() {
        return heldPackage(null);
    }

    Held heldPackage(UUID personId) {
        UUID council = council("bridgend");
        UUID person = personId != null ? personId
                : id("insert into person (council_id, given_name, family_name, postcode) values (?, 'Gwen', ?, 'CF31 1AA') returning id",
                        council, "Visit" + NUMBER.incrementAndGet());
        String reference = "BRI-V" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID id = id("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                          postcode_district, status, round, awarded_provider_id, awarded_at)
                select ?, ?, ?, (select id from zone where council_id = ? order by code limit 1),
                       (select id from lot where council_id = ? order by id limit 1), 'COUNCIL', 420, 2, 30, 'MORNING', false, false, ?,
                       'Help with meals', 'CF31', 'AWARDED', 1, ?, ?
                returning id""",
                council, reference, person, council, council, clock.today().minusDays(30), organisationOf(PROVIDER),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return new Held(id, reference, person);
    }

    static VisitForm onTime(LocalDate day) {
        return new VisitForm(day, LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(8, 2), LocalTime.of(8, 31), 1, false, null, null, null);
    }

    static VisitForm missed(LocalDate day, LocalTime plannedStart) {
        return new VisitForm(day, plannedStart, plannedStart.plusMinutes(30), null, null, 0, true, VarianceReason.PERSON_IN_HOSPITAL, null, null);
    }

    MutableHttpRequest<VisitForm> record(String user, UUID packageId, VisitForm form) {
        return api().as(user, POST("/api/packages/" + packageId + "/visits", form));
    }

    Visit recorded(UUID packageId, VisitForm form) {
        return api().retrieve(record(PROVIDER, packageId, form), Visit.class);
    }

    List<Visit> visits(String user, UUID packageId) {
        return api().retrieve(api().as(user, GET("/api/packages/" + packageId + "/visits")), Argument.listOf(Visit.class));
    }

    MutableHttpRequest<byte[]> upload(String user, String csv) {
        return api().as(user, POST("/api/visit-imports", csv.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.of("text/csv")));
    }

    /** The answer to an upload, whatever its status: 201, 200 or 422 all carry a report. */
    Answer send(MutableHttpRequest<byte[]> request) {
        try {
            HttpResponse<EcmImportReport> response = api().exchange(request, EcmImportReport.class);
            return new Answer(response.code(), response.body());
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(EcmImportReport.class).orElse(null));
        }
    }

    record Answer(int status, EcmImportReport report) {}

    int visitRows(UUID packageId) {
        return number("select count(*) from visit_actual where package_id = ?", packageId);
    }

    /** Runs the calls at the same moment, each on its own thread; their HTTP statuses in order. */
    <T> List<T> race(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
