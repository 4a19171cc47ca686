package uk.homecare.portal.api.brokerage;

/** Who pays for a package. */
public enum Funding {
    COUNCIL,
    NHS_CHC
}
