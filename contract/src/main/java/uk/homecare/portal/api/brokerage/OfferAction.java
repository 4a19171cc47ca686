package uk.homecare.portal.api.brokerage;

/** What the provider may answer to an offer now: accept, decline, or (in the OPEN stage) bid. */
public enum OfferAction {
    ACCEPT,
    DECLINE,
    BID
}
