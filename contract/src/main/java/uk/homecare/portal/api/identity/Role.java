package uk.homecare.portal.api.identity;

/** What a signed-in actor is; each role sees and may do different things. */
public enum Role {
    /** A council officer who commissions care: drafts and awards packages, keeps the council's reference data. */
    COMMISSIONER,
    /** A care provider's member of staff: answers offers, hands back packages, reports capacity and deliveries. */
    PROVIDER,
    /** A person who receives care, using their own hours bank. */
    SERVICE_USER,
    /** Someone a person receiving care has consented to act for them. */
    CARER,
    /** A council's administrator: the council's accounts, settings and checks. */
    ADMIN,
    /** An NHS partner system placing Continuing Healthcare packages (a machine client, not a person). */
    NHS_PARTNER,
    /** Runs the installation: creates councils and their first administrator, registers NHS partners. Of no council. */
    PLATFORM_ADMIN,
    /** A provider organisation's own administrator: its staff accounts and details; answers no offers itself. */
    PROVIDER_ADMIN
}
