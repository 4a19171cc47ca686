package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.api.visits.VisitSource;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.client.VisitClient;

/**
 * The visits API in memory: records visits (refusing one recorded twice, as the API does), lists the
 * {@link #exceptions} a test puts there, and answers an upload with the {@link #nextReport} a test sets (a report with
 * refused rows comes back as the API's 422).
 */
@Singleton
@Replaces(VisitClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeVisitClient extends FakeApi implements VisitClient {

    public final List<Visit> visits = new ArrayList<>();
    public final List<Visit> exceptions = new ArrayList<>();
    public EcmImportReport nextReport;
    public byte[] lastFile;
    public LocalDate lastDate;
    private final FakeIdentityClient identity;
    private final MovableClock clock;

    public FakeVisitClient(FakeIdentityClient identity, MovableClock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    private void require(Bearer caller, Capability capability) {
        if (!identity.may(caller, capability)) {
            throw forbidden();
        }
    }

    @Override
    public HttpResponse<Visit> recordVisit(Bearer caller, UUID packageId, VisitForm form) {
        call(caller, form);
        require(caller, Capability.RECORD_VISITS);
        if (visits.stream().anyMatch(v -> v.packageId().equals(packageId) && v.visitDate().equals(form.visitDate())
                && v.plannedStart().equals(form.plannedStart()))) {
            throw conflict("This visit (package, date and planned start) is already recorded.");
        }
        int planned = (int) java.time.Duration.between(form.plannedStart(), form.plannedEnd()).toMinutes();
        int actual = form.missed() ? 0 : (int) java.time.Duration.between(form.actualStart(), form.actualEnd()).toMinutes();
        Visit visit = new Visit(UUID.randomUUID(), packageId, "COV-TEST", UUID.randomUUID(), "Caring Hands Ltd", form.visitDate(),
                form.plannedStart(), form.plannedEnd(), planned, form.actualStart(), form.actualEnd(), actual, 0, form.carersPresent(),
                form.missed(), form.varianceReason(), form.varianceNote(), form.bookingId(), VisitSource.API, null, clock.instant());
        visits.add(visit);
        return HttpResponse.created(visit);
    }

    @Override
    public List<Visit> listVisits(Bearer caller, UUID packageId, LocalDate from, LocalDate to) {
        call(caller, null);
        return visits.stream().filter(v -> v.packageId().equals(packageId)).toList();
    }

    @Override
    public HttpResponse<EcmImportReport> importEcmFile(Bearer caller, byte[] file) {
        call(caller, null);
        require(caller, Capability.RECORD_VISITS);
        lastFile = file;
        EcmImportReport report = nextReport;
        if (!report.refusedRows().isEmpty()) {
            throw new HttpClientResponseException("Unprocessable", HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(report));
        }
        return HttpResponse.created(report);
    }

    @Override
    public List<Visit> listVisitExceptions(Bearer caller, LocalDate date) {
        call(caller, null);
        require(caller, Capability.READ_VISIT_EXCEPTIONS);
        lastDate = date;
        return exceptions;
    }
}
