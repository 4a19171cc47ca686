package uk.homecare.portal.api.compliance;

/** Where a document stands with the councils: uploaded and waiting, verified by a council's commissioner, or rejected (with a reason). */
public enum ComplianceDocumentStatus {
    SUBMITTED,
    VERIFIED,
    REJECTED
}
