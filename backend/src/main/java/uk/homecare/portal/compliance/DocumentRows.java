package uk.homecare.portal.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentAction;
import uk.homecare.portal.api.compliance.ComplianceDocumentStatus;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.platform.Sql;

/** Reading compliance documents (never their content) and what the caller may do with each now. */
final class DocumentRows {

    /** Every column but the content; a statement adds its own where clause. */
    static final String SELECT = """
            select d.id, d.provider_id, d.type, d.status, d.expires_on, d.file_name, d.media_type, d.size_bytes, d.uploaded_at,
                   d.decided_at, c.name as decided_council_name, d.rejection_reason, d.superseded_by is null as current
              from compliance_document d left join council c on c.id = d.decided_council
            """;

    private DocumentRows() {}

    static List<ComplianceDocument> list(Sql sql, Actor actor, LocalDate day, String where, Object... parameters) {
        return sql.list(SELECT + where, row -> document(row, actor, day), parameters);
    }

    static ComplianceDocument document(ResultSet row, Actor actor, LocalDate day) throws SQLException {
        ComplianceDocumentStatus status = ComplianceDocumentStatus.valueOf(row.getString("status"));
        LocalDate expiresOn = Sql.date(row, "expires_on");
        boolean current = row.getBoolean("current");
        List<ComplianceDocumentAction> actions = new ArrayList<>();
        actions.add(ComplianceDocumentAction.DOWNLOAD);
        if (current && status == ComplianceDocumentStatus.SUBMITTED && Capabilities.has(actor, Capability.CHECK_COMPLIANCE)) {
            actions.add(ComplianceDocumentAction.VERIFY);
            actions.add(ComplianceDocumentAction.REJECT);
        }
        return new ComplianceDocument(Sql.uuid(row, "id"), Sql.uuid(row, "provider_id"), ComplianceDocumentType.valueOf(row.getString("type")),
                status, expiresOn, expired(expiresOn, day), current, row.getString("file_name"), row.getString("media_type"),
                row.getLong("size_bytes"), Sql.instant(row, "uploaded_at"), Sql.instant(row, "decided_at"),
                row.getString("decided_council_name"), row.getString("rejection_reason"), List.copyOf(actions));
    }

    /** The expiry date is the first day a document no longer counts. */
    static boolean expired(LocalDate expiresOn, LocalDate day) {
        return expiresOn != null && !expiresOn.isAfter(day);
    }

    static UUID uuid(ResultSet row) throws SQLException {
        return Sql.uuid(row, "id");
    }
}
