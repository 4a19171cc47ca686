package uk.homecare.portal.compliance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** A provider's compliance record as the caller may see it, and a document's file for download. */
@Singleton
class ComplianceReads {

    /** A document's file, as stored. */
    record StoredFile(String fileName, String mediaType, byte[] content) {}

    private record Found(UUID provider, StoredFile file) {}

    private final Sql sql;
    private final ProviderAccess access;
    private final CompliancePolicy policy;
    private final MonitoringVisits visits;
    private final Clock clock;

    ComplianceReads(Sql sql, ProviderAccess access, CompliancePolicy policy, MonitoringVisits visits, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.policy = policy;
        this.visits = visits;
        this.clock = clock;
    }

    ProviderCompliance show(Actor actor, UUID provider, @Nullable LocalDate on) {
        String name = access.see(actor, provider);
        LocalDate day = on != null ? on : UkTime.today(clock);
        List<ComplianceDocument> documents = DocumentRows.list(sql, actor, day,
                " where d.provider_id = ? and d.superseded_by is null order by d.type", provider);
        List<ComplianceDocument> history = DocumentRows.list(sql, actor, day,
                " where d.provider_id = ? and d.superseded_by is not null order by d.type, d.uploaded_at desc", provider);
        List<MonitoringVisit> seen = visits.of(actor, provider);
        return new ProviderCompliance(provider, name, day, documents, history, policy.gapsOn(provider, day), seen);
    }

    /** The file of a document the actor may see (its provider's staff, or a council the provider works with); 404 otherwise. */
    StoredFile file(Actor actor, UUID id) {
        return sql.one("select provider_id, file_name, media_type, content from compliance_document where id = ?",
                        row -> new Found(Sql.uuid(row, "provider_id"),
                                new StoredFile(row.getString("file_name"), row.getString("media_type"), row.getBytes("content"))), id)
                .filter(found -> access.maySee(actor, found.provider()))
                .map(Found::file)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("compliance.document.not-found")));
    }
}
