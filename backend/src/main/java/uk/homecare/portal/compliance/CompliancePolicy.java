package uk.homecare.portal.compliance;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.compliance.ComplianceDocumentStatus;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceGap;
import uk.homecare.portal.api.compliance.ComplianceGapReason;
import uk.homecare.portal.platform.Sql;

/**
 * The named policy "required compliance documents in force": which of a provider's required documents are missing,
 * rejected or expired on a day. Every type of {@link ComplianceDocumentType} is required of every provider. A document
 * uploaded and not yet verified counts (the councils verify after the fact); a rejected one does not; one whose expiry
 * date is on or before the day does not. Reads under the caller's tenancy: a request of the provider or one of its
 * councils, or work across councils (a gate in the cascade).
 */
@Singleton
public class CompliancePolicy {

    private record Current(ComplianceDocumentStatus status, LocalDate expiresOn) {}

    private final Sql sql;

    CompliancePolicy(Sql sql) {
        this.sql = sql;
    }

    /** The provider's required documents that do not count on {@code day}, in the types' order; empty when all are in force. */
    public List<ComplianceGap> gapsOn(UUID provider, LocalDate day) {
        Map<ComplianceDocumentType, Current> current = new EnumMap<>(ComplianceDocumentType.class);
        sql.list("select type, status, expires_on from compliance_document where provider_id = ? and superseded_by is null",
                row -> current.put(ComplianceDocumentType.valueOf(row.getString("type")),
                        new Current(ComplianceDocumentStatus.valueOf(row.getString("status")), Sql.date(row, "expires_on"))),
                provider);
        List<ComplianceGap> gaps = new ArrayList<>();
        for (ComplianceDocumentType type : ComplianceDocumentType.values()) {
            Current document = current.get(type);
            if (document == null) {
                gaps.add(new ComplianceGap(type, ComplianceGapReason.MISSING, null));
            } else if (document.status() == ComplianceDocumentStatus.REJECTED) {
                gaps.add(new ComplianceGap(type, ComplianceGapReason.REJECTED, document.expiresOn()));
            } else if (DocumentRows.expired(document.expiresOn(), day)) {
                gaps.add(new ComplianceGap(type, ComplianceGapReason.EXPIRED, document.expiresOn()));
            }
        }
        return List.copyOf(gaps);
    }

    /** Whether the provider lacks public or employer's liability insurance in force on {@code day}: missing, rejected or expired. */
    public boolean insuranceLapsedOn(UUID provider, LocalDate day) {
        return gapsOn(provider, day).stream().anyMatch(gap -> gap.type().insurance());
    }
}
