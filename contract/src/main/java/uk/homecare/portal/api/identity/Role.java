package uk.homecare.portal.api.identity;

/** What a signed-in actor is; each role sees and may do different things. */
public enum Role {
    COMMISSIONER,
    PROVIDER,
    SERVICE_USER,
    CARER,
    ADMIN,
    NHS_PARTNER
}
