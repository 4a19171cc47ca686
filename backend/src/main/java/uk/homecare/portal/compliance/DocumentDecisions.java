package uk.homecare.portal.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.ComplianceNotices;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A commissioner of a council the provider works with verifies or rejects the provider's current document while it is
 * SUBMITTED; a rejection is told to the provider's staff ({@link ComplianceNotices#rejected}). The decision is shared: it stands for every council the provider works with, naming the council that took
 * it. A decided or superseded document is not decided again (409); the document row is locked first, so two decisions
 * racing end with one taken and the other refused.
 */
@Singleton
class DocumentDecisions {

    private record Facts(UUID provider, String type, String status, boolean current) {}

    private final Sql sql;
    private final ProviderAccess access;
    private final AuditTrail audit;
    private final ComplianceNotices notices;
    private final Clock clock;

    DocumentDecisions(Sql sql, ProviderAccess access, AuditTrail audit, ComplianceNotices notices, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    ComplianceDocument verify(Actor actor, UUID id) {
        return decide(actor, id, "VERIFIED", null, AuditAction.COMPLIANCE_DOCUMENT_VERIFIED);
    }

    @Transactional
    ComplianceDocument reject(Actor actor, UUID id, String reason) {
        ComplianceDocument rejected = decide(actor, id, "REJECTED", reason.strip(), AuditAction.COMPLIANCE_DOCUMENT_REJECTED);
        notices.rejected(id, clock.instant());
        return rejected;
    }

    private ComplianceDocument decide(Actor actor, UUID id, String status, @Nullable String reason, AuditAction action) {
        UUID council = actor.homeCouncil();
        Facts facts = sql.one("""
                select provider_id, type, status, superseded_by is null as current from compliance_document where id = ? for update""",
                row -> new Facts(Sql.uuid(row, "provider_id"), row.getString("type"), row.getString("status"), row.getBoolean("current")), id)
                .filter(found -> access.councilWorksWith(council, found.provider()))
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("compliance.document.not-found")));
        if (!facts.current()) {
            throw PortalProblem.conflict(Problems.message("compliance.decide.superseded"));
        }
        if (!"SUBMITTED".equals(facts.status())) {
            throw PortalProblem.conflict(Problems.message("compliance.decide.decided"));
        }
        sql.update("""
                update compliance_document set status = ?, rejection_reason = ?, decided_by = ?, decided_council = ?, decided_at = ?
                 where id = ?""", status, reason, actor.id(), council, clock.instant(), id);
        audit.record(actor, council, action, "compliance_document", id, Map.of("type", facts.type(), "provider", facts.provider().toString()));
        LocalDate today = UkTime.today(clock);
        return DocumentRows.list(sql, actor, today, " where d.id = ?", id).getFirst();
    }
}
