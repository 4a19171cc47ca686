package uk.homecare.portal.api.compliance;

/** The kinds of document a provider keeps on the portal; each is required of every provider (docs/compliance-documents.md). */
public enum ComplianceDocumentType {
    PUBLIC_LIABILITY_INSURANCE(true),
    EMPLOYERS_LIABILITY_INSURANCE(true),
    DBS_POLICY(false),
    TRAINING_MATRIX(false),
    BUSINESS_CONTINUITY_PLAN(false),
    /** The Data Security and Protection Toolkit assessment, renewed every year. */
    DATA_SECURITY_TOOLKIT(true);

    private final boolean expiryRequired;

    ComplianceDocumentType(boolean expiryRequired) {
        this.expiryRequired = expiryRequired;
    }

    /** Whether an upload must say when the document expires (insurance and the toolkit); for the others it is a review date, if any. */
    public boolean expiryRequired() {
        return expiryRequired;
    }

    /** Whether it is an insurance (the gate "insurance expired: no new offers" asks about these). */
    public boolean insurance() {
        return this == PUBLIC_LIABILITY_INSURANCE || this == EMPLOYERS_LIABILITY_INSURANCE;
    }
}
