package uk.homecare.portal.api.brokerage;

/**
 * Where a variation of an awarded package's terms is: PROPOSED (waiting for its provider's answer), ACCEPTED (its terms
 * are the package's from its date), DECLINED by the provider, LAPSED (not answered in time), WITHDRAWN by the council.
 */
public enum VariationStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    LAPSED,
    WITHDRAWN
}
