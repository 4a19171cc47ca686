package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.outcomes.KpiSnapshotSummary;
import uk.homecare.portal.api.outcomes.OutcomeLine;
import uk.homecare.portal.api.outcomes.OutcomeNote;
import uk.homecare.portal.api.outcomes.OutcomeNoteForm;
import uk.homecare.portal.api.outcomes.OutcomeReport;
import uk.homecare.portal.api.outcomes.OutcomeSeries;
import uk.homecare.portal.api.outcomes.ReportRecipient;
import uk.homecare.portal.api.outcomes.ReportSubscription;
import uk.homecare.portal.api.outcomes.ReportSubscriptions;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.api.outcomes.SnapshotRequest;
import uk.homecare.portal.api.outcomes.SubscriptionForm;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.ui.client.OutcomeClient;
import uk.homecare.portal.testing.MovableClock;

/**
 * The outcomes API in memory: snapshots by month (one a month, taken once), a report comparing the first and last snapshot
 * of the period asked for with fixed figures, notes, and subscriptions refused as the API refuses them (an administrator
 * may not be sent the outcomes report: 422 naming accountId; the same twice: 409).
 */
@Singleton
@Replaces(OutcomeClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeOutcomeClient extends FakeApi implements OutcomeClient {

    public static final ReportRecipient CORA = new ReportRecipient(UUID.randomUUID(), "Cora Commissioner", Role.COMMISSIONER,
            List.of(ScheduledReport.KPI_SUMMARY, ScheduledReport.OUTCOMES));
    public static final ReportRecipient ADAM = new ReportRecipient(UUID.randomUUID(), "Adam Admin", Role.ADMIN,
            List.of(ScheduledReport.KPI_SUMMARY));

    public final List<KpiSnapshotSummary> snapshots = new ArrayList<>();
    public final List<OutcomeNote> notes = new ArrayList<>();
    public final List<ReportSubscription> subscriptions = new ArrayList<>();
    public String lastFrom;
    public String lastTo;
    public int pdfs;
    private final FakeIdentityClient identity;
    private final MovableClock clock;

    public FakeOutcomeClient(FakeIdentityClient identity, MovableClock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    private void allowed(Bearer caller, Capability capability) {
        if (!identity.may(caller, capability)) {
            throw forbidden();
        }
    }

    @Override
    public List<KpiSnapshotSummary> listKpiSnapshots(Bearer caller) {
        call(caller, null);
        allowed(caller, Capability.REPORT_OUTCOMES);
        return snapshots.stream().sorted((a, b) -> b.month().compareTo(a.month())).toList();
    }

    @Override
    public HttpResponse<KpiSnapshotSummary> takeKpiSnapshot(Bearer caller, SnapshotRequest request) {
        call(caller, request);
        allowed(caller, Capability.REPORT_OUTCOMES);
        if (!YearMonth.parse(request.month()).isBefore(YearMonth.from(UkTime.today(clock)))) {
            throw invalid("month", "Choose a month that has ended: a snapshot is of a whole month.");
        }
        var existing = snapshots.stream().filter(s -> s.month().equals(request.month())).findFirst();
        if (existing.isPresent()) {
            return HttpResponse.ok(existing.get());
        }
        var taken = new KpiSnapshotSummary(request.month(), clock.instant(), "Cora Commissioner", 57);
        snapshots.add(taken);
        return HttpResponse.created(taken);
    }

    @Override
    public OutcomeReport showOutcomeReport(Bearer caller, String from, String to) {
        call(caller, null);
        allowed(caller, Capability.REPORT_OUTCOMES);
        lastFrom = from;
        lastTo = to;
        List<String> months = snapshots.stream().map(KpiSnapshotSummary::month)
                .filter(m -> m.compareTo(from) >= 0 && m.compareTo(to) <= 0).sorted().toList();
        String first = months.isEmpty() ? null : months.getFirst();
        String last = months.isEmpty() ? null : months.getLast();
        List<OutcomeLine> lines = months.isEmpty() ? List.of() : List.of(
                new OutcomeLine("brokerage", "packages_published", "", "", 10L, 14L, 4L),
                new OutcomeLine("time_to_award", "median_minutes", "ALL", "ALL", 2880L, 1440L, -1440L));
        List<OutcomeNote> overlapping = notes.stream()
                .filter(n -> n.fromMonth().compareTo(to) <= 0 && n.toMonth().compareTo(from) >= 0).toList();
        return new OutcomeReport(FakeIdentityClient.COVENTRY, from, to, months, first, last, lines,
                List.of(new OutcomeSeries("brokerage", "packages_published", months.stream().map(m -> 10L).toList())), overlapping);
    }

    @Override
    public HttpResponse<byte[]> downloadOutcomeReportPdf(Bearer caller, String from, String to) {
        call(caller, null);
        allowed(caller, Capability.REPORT_OUTCOMES);
        pdfs++;
        return HttpResponse.ok(("%PDF-1.7 outcomes " + from + " " + to).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public OutcomeNote addOutcomeNote(Bearer caller, OutcomeNoteForm form) {
        call(caller, form);
        allowed(caller, Capability.REPORT_OUTCOMES);
        if (form.text() == null || form.text().isBlank()) {
            throw invalid("text", "Enter the note.");
        }
        var note = new OutcomeNote(UUID.randomUUID(), form.fromMonth(), form.toMonth(), form.text().strip(), "Cora Commissioner",
                clock.instant());
        notes.add(note);
        return note;
    }

    @Override
    public ReportSubscriptions listReportSubscriptions(Bearer caller) {
        call(caller, null);
        allowed(caller, Capability.READ_KPIS);
        return new ReportSubscriptions(List.copyOf(subscriptions), List.of(ADAM, CORA));
    }

    @Override
    public ReportSubscription subscribeToReport(Bearer caller, UUID accountId, SubscriptionForm form) {
        call(caller, form);
        allowed(caller, Capability.READ_KPIS);
        ReportRecipient recipient = List.of(ADAM, CORA).stream().filter(r -> r.id().equals(accountId)).findFirst()
                .orElseThrow(FakeApi::notFound);
        if (!recipient.reports().contains(form.report())) {
            throw refusal(HttpStatus.UNPROCESSABLE_ENTITY, ProblemType.RECIPIENT_NOT_ALLOWED,
                    "Choose a commissioner of your council whose account is active: only commissioners may open the outcomes report.",
                    "accountId");
        }
        if (subscriptions.stream().anyMatch(s -> s.recipient().id().equals(accountId) && s.report() == form.report())) {
            throw conflict("This account is already sent this report every month.");
        }
        var subscription = new ReportSubscription(form.report(), new NamedRef(recipient.id(), recipient.name()), clock.instant());
        subscriptions.add(subscription);
        return subscription;
    }

    @Override
    public void unsubscribeFromReport(Bearer caller, UUID accountId, ScheduledReport report) {
        call(caller, null);
        allowed(caller, Capability.READ_KPIS);
        if (!subscriptions.removeIf(s -> s.recipient().id().equals(accountId) && s.report() == report)) {
            throw notFound();
        }
    }
}
