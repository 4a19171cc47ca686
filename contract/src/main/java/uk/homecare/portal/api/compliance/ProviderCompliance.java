package uk.homecare.portal.api.compliance;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A provider's compliance record as the caller may see it on a day ({@code asOf}): its current documents, the older
 * ones they superseded ({@code history}), the required documents missing or expired on that day ({@code gaps}), and
 * the monitoring visits (a council's commissioners see their own council's; the provider sees every council's).
 */
@Serdeable
public record ProviderCompliance(
        UUID providerId,
        String providerName,
        LocalDate asOf,
        List<ComplianceDocument> documents,
        List<ComplianceDocument> history,
        List<ComplianceGap> gaps,
        List<MonitoringVisit> visits) {}
