package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.compliance.ActionCompletion;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentAction;
import uk.homecare.portal.api.compliance.ComplianceDocumentStatus;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceGap;
import uk.homecare.portal.api.compliance.ComplianceGapReason;
import uk.homecare.portal.api.compliance.ComplianceRejection;
import uk.homecare.portal.api.compliance.MonitoringAction;
import uk.homecare.portal.api.compliance.MonitoringActionForm;
import uk.homecare.portal.api.compliance.MonitoringActionStatus;
import uk.homecare.portal.api.compliance.MonitoringActionStep;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.ui.client.ComplianceClient;

/**
 * The compliance API in memory, for one provider whatever id is asked: uploads become current documents (a file that is
 * not a PDF by its first bytes is refused on the field file, as the API does), commissioners verify or reject waiting
 * ones, visits are recorded and their actions marked done.
 */
@Singleton
@Replaces(ComplianceClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeComplianceClient extends FakeApi implements ComplianceClient {

    public final Map<ComplianceDocumentType, ComplianceDocument> documents = new LinkedHashMap<>();
    public final List<MonitoringVisit> visits = new ArrayList<>();
    public boolean commissioner;
    public String lastContentType;

    public void reset() {
        documents.clear();
        visits.clear();
        commissioner = false;
        lastContentType = null;
        forgetCalls();
    }

    public ComplianceDocument waiting(ComplianceDocumentType type, LocalDate expiresOn) {
        ComplianceDocument document = new ComplianceDocument(UUID.randomUUID(), UUID.randomUUID(), type, ComplianceDocumentStatus.SUBMITTED,
                expiresOn, false, true, "certificate.pdf", "application/pdf", 10, Instant.EPOCH, null, null, null, List.of());
        documents.put(type, document);
        return document;
    }

    public MonitoringVisit visit(LocalDate day, String action) {
        MonitoringVisit visit = new MonitoringVisit(UUID.randomUUID(), UUID.randomUUID(), "Coventry City Council", UUID.randomUUID(), day,
                "Two staff files lacked references", Instant.EPOCH, List.of(new MonitoringAction(UUID.randomUUID(), 1, action,
                day.plusDays(14), MonitoringActionStatus.OPEN, false, null, null, List.of(MonitoringActionStep.MARK_DONE))));
        visits.add(visit);
        return visit;
    }

    private ComplianceDocument withActions(ComplianceDocument d) {
        List<ComplianceDocumentAction> actions = commissioner && d.status() == ComplianceDocumentStatus.SUBMITTED
                ? List.of(ComplianceDocumentAction.DOWNLOAD, ComplianceDocumentAction.VERIFY, ComplianceDocumentAction.REJECT)
                : List.of(ComplianceDocumentAction.DOWNLOAD);
        return new ComplianceDocument(d.id(), d.providerId(), d.type(), d.status(), d.expiresOn(), d.expired(), d.current(), d.fileName(),
                d.mediaType(), d.sizeBytes(), d.uploadedAt(), d.decidedAt(), d.decidedByCouncil(), d.rejectionReason(), actions);
    }

    @Override
    public ProviderCompliance showProviderCompliance(Bearer caller, UUID providerId, LocalDate on) {
        call(caller, null);
        List<ComplianceGap> gaps = new ArrayList<>();
        for (ComplianceDocumentType type : ComplianceDocumentType.values()) {
            if (!documents.containsKey(type)) {
                gaps.add(new ComplianceGap(type, ComplianceGapReason.MISSING, null));
            }
        }
        return new ProviderCompliance(providerId, "Caring Hands Ltd", LocalDate.EPOCH,
                documents.values().stream().map(this::withActions).toList(), List.of(), gaps, List.copyOf(visits));
    }

    @Override
    public HttpResponse<ComplianceDocument> uploadComplianceDocument(Bearer caller, String contentType, ComplianceDocumentType type,
            LocalDate expiresOn, String fileName, byte[] file) {
        call(caller, file);
        lastContentType = contentType;
        if (file.length < 5 || file[0] != '%' || file[1] != 'P') {
            throw refusal(HttpStatus.UNPROCESSABLE_ENTITY, ProblemType.INVALID_INPUT, "The file is not a real PDF.", "file");
        }
        if (type.expiryRequired() && expiresOn == null) {
            throw invalid("expiresOn", "Enter the date this document expires.");
        }
        ComplianceDocument document = new ComplianceDocument(UUID.randomUUID(), UUID.randomUUID(), type, ComplianceDocumentStatus.SUBMITTED,
                expiresOn, false, true, fileName, contentType, file.length, Instant.EPOCH, null, null, null, List.of());
        documents.put(type, document);
        return HttpResponse.created(withActions(document));
    }

    @Override
    public HttpResponse<byte[]> downloadComplianceDocument(Bearer caller, UUID id) {
        call(caller, null);
        return HttpResponse.ok("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private ComplianceDocument decide(UUID id, ComplianceDocumentStatus status, String reason) {
        ComplianceDocument d = documents.values().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
        if (d.status() != ComplianceDocumentStatus.SUBMITTED) {
            throw conflict("This document has already been verified or rejected.");
        }
        ComplianceDocument decided = new ComplianceDocument(d.id(), d.providerId(), d.type(), status, d.expiresOn(), d.expired(), d.current(),
                d.fileName(), d.mediaType(), d.sizeBytes(), d.uploadedAt(), Instant.EPOCH, "Coventry City Council", reason, List.of());
        documents.put(d.type(), decided);
        return withActions(decided);
    }

    @Override
    public ComplianceDocument verifyComplianceDocument(Bearer caller, UUID id) {
        call(caller, null);
        return decide(id, ComplianceDocumentStatus.VERIFIED, null);
    }

    @Override
    public ComplianceDocument rejectComplianceDocument(Bearer caller, UUID id, ComplianceRejection rejection) {
        call(caller, rejection);
        return decide(id, ComplianceDocumentStatus.REJECTED, rejection.reason());
    }

    @Override
    public HttpResponse<MonitoringVisit> recordMonitoringVisit(Bearer caller, UUID providerId, MonitoringVisitForm form) {
        call(caller, form);
        List<MonitoringAction> actions = new ArrayList<>();
        int n = 0;
        for (MonitoringActionForm a : form.actions()) {
            actions.add(new MonitoringAction(UUID.randomUUID(), ++n, a.description(), a.dueOn(), MonitoringActionStatus.OPEN, false, null, null,
                    List.of()));
        }
        MonitoringVisit visit = new MonitoringVisit(UUID.randomUUID(), UUID.randomUUID(), "Coventry City Council", providerId, form.visitedOn(),
                form.findings(), Instant.EPOCH, actions);
        visits.add(visit);
        return HttpResponse.created(visit);
    }

    @Override
    public MonitoringVisit completeMonitoringAction(Bearer caller, UUID id, ActionCompletion completion) {
        call(caller, completion);
        for (int i = 0; i < visits.size(); i++) {
            MonitoringVisit v = visits.get(i);
            List<MonitoringAction> changed = new ArrayList<>();
            boolean found = false;
            for (MonitoringAction a : v.actions()) {
                if (a.id().equals(id)) {
                    found = true;
                    changed.add(new MonitoringAction(a.id(), a.number(), a.description(), a.dueOn(), MonitoringActionStatus.DONE, false,
                            completion.note(), Instant.EPOCH, List.of()));
                } else {
                    changed.add(a);
                }
            }
            if (found) {
                MonitoringVisit updated = new MonitoringVisit(v.id(), v.councilId(), v.councilName(), v.providerId(), v.visitedOn(),
                        v.findings(), v.recordedAt(), changed);
                visits.set(i, updated);
                return updated;
            }
        }
        throw notFound();
    }
}
