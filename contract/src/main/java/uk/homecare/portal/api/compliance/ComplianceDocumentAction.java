package uk.homecare.portal.api.compliance;

/** What the caller may do with a document now. */
public enum ComplianceDocumentAction {
    /** Download its file (the provider's staff and its councils' staff). */
    DOWNLOAD,
    /** Verify it (a commissioner of a council the provider works with; the provider's current document, SUBMITTED). */
    VERIFY,
    /** Reject it, saying why (likewise). */
    REJECT
}
