package uk.homecare.portal.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Compliance records per provider: the provider uploads its documents (PDF, PNG or JPEG, at most 5 MB) and keeps them
 * current; commissioners of the councils it works with verify or reject them and record contract monitoring visits,
 * whose actions the provider marks done. {@code C} is the caller: the UI's clients send a
 * {@link uk.homecare.portal.api.identity.Bearer}, the backend's controller receives the actor it verified.
 */
public interface ComplianceOperations<C> {

    String PDF = "application/pdf";
    String PNG = "image/png";
    String JPEG = "image/jpeg";
    /** The largest file accepted: 5 MB. */
    int MOST_BYTES = 5 * 1024 * 1024;

    @Get("/api/providers/{providerId}/compliance{?on}")
    ProviderCompliance showProviderCompliance(@Parameter(hidden = true) C caller, UUID providerId, @Nullable @QueryValue LocalDate on);

    @Post(value = "/api/compliance-documents{?expiresOn,fileName}", consumes = {PDF, PNG, JPEG})
    HttpResponse<ComplianceDocument> uploadComplianceDocument(@Parameter(hidden = true) C caller,
            @Parameter(hidden = true) @Header(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryValue ComplianceDocumentType type, @Nullable @QueryValue LocalDate expiresOn, @Nullable @QueryValue String fileName,
            @Body byte[] file);

    @Get(value = "/api/compliance-documents/{id}/file", produces = {PDF, PNG, JPEG})
    HttpResponse<byte[]> downloadComplianceDocument(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/compliance-documents/{id}/verification")
    ComplianceDocument verifyComplianceDocument(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/compliance-documents/{id}/rejection")
    ComplianceDocument rejectComplianceDocument(@Parameter(hidden = true) C caller, UUID id, @Body ComplianceRejection rejection);

    @Post("/api/providers/{providerId}/monitoring-visits")
    HttpResponse<MonitoringVisit> recordMonitoringVisit(@Parameter(hidden = true) C caller, UUID providerId, @Body MonitoringVisitForm form);

    @Post("/api/monitoring-actions/{id}/completion")
    MonitoringVisit completeMonitoringAction(@Parameter(hidden = true) C caller, UUID id, @Body ActionCompletion completion);
}
